namespace Thorbecke.Reports.Tests;

/// <summary>The golden-file helper itself: it must fail on a difference and tell how to accept one.</summary>
public sealed class GoldenTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "thorbecke-golden-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Should_pass_when_only_line_endings_differ()
    {
        var path = Expected("a\nb\n");

        Golden.Check("a\r\nb\r\n", path, update: false);
    }

    [Fact]
    public void Should_name_the_first_differing_line_and_how_to_update()
    {
        var path = Expected("eerste\ntweede\nderde\n");

        var error = Assert.Throws<GoldenMismatchException>(() => Golden.Check("eerste\nTWEEDE\nderde\n", path, update: false));

        Assert.Contains("at line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected: \"tweede\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("actual:   \"TWEEDE\"", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{Golden.UpdateVariable}=1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_where_the_shorter_text_ends()
    {
        Assert.Equal(
            $"at line 3:{Environment.NewLine}  expected: \"c\"{Environment.NewLine}  actual:   (end of text)",
            Golden.FirstDifference("a\nb\nc", "a\nb"));
    }

    [Fact]
    public void Should_fail_when_the_expected_file_is_missing()
    {
        var path = Path.Combine(folder, "ontbreekt.txt");

        var error = Assert.Throws<GoldenMismatchException>(() => Golden.Check("iets", path, update: false));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Should_rewrite_the_file_when_updating()
    {
        var path = Expected("oud\n");

        Golden.Check("nieuw\r\n", path, update: true);

        Assert.Equal("nieuw\n", File.ReadAllText(path));
        Golden.Check("nieuw\n", path, update: false);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string Expected(string text)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "expected.txt");
        File.WriteAllText(path, text);
        return path;
    }
}
