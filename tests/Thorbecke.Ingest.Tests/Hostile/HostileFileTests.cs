using Thorbecke.Core.Documents;
using Thorbecke.Testing.Hostile;

namespace Thorbecke.Ingest.Tests.Hostile;

/// <summary>
/// Each file made to break a reader is refused by that reader with a Dutch reason that names the trap, on an ordinary
/// thread's stack, without the reader first unpacking what the file promises.
/// </summary>
public sealed class HostileFileTests
{
    public static TheoryData<string, string> Files => new()
    {
        { nameof(HostileFiles.NestedDocxTables), "te diep genest" },
        { nameof(HostileFiles.NestedHtmlElements), "te diep genest" },
        { nameof(HostileFiles.NestedHtmlTables), "te diep genest" },
        { nameof(HostileFiles.UnclosedHtmlTags), "te diep genest" },
        { nameof(HostileFiles.ZipBombDocx), "uitgepakt groter dan" },
        { nameof(HostileFiles.HugeTextRunDocx), "uitgepakt groter dan" },
        { nameof(HostileFiles.FlateBombPdf), "uitgepakt groter dan" },
        { nameof(HostileFiles.DeepPageTreePdf), "paginaboom" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_refuse_the_file_with_a_reason_that_names_the_trap(string generator, string reason)
    {
        var file = (HostileFile)typeof(HostileFiles).GetMethod(generator)!.Invoke(null, null)!;
        var reader = DocumentReaders.For(file.Name)!;

        var error = Assert.Throws<DocumentReadException>(() => reader.Read(file.Content, file.Name));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_every_generated_file_small_on_disk()
    {
        var sizes = HostileFiles.All().ToDictionary(f => f.Name, f => f.Content.Length);

        Assert.All(sizes, size => Assert.InRange(size.Value, 1, 16 << 20));
    }

    [Fact]
    public void Should_stop_reading_when_asked_to()
    {
        var file = HostileFiles.FlateBombPdf();
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => DocumentReaders.For(file.Name)!.Read(file.Content, file.Name, stop.Token));
    }
}
