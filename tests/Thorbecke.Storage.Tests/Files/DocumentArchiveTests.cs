using System.Security.Cryptography;
using System.Text;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;
using Thorbecke.Storage.Files;
using Thorbecke.Storage.Tests.Contract;
using Thorbecke.Storage.Tests.Fakes;
using Thorbecke.Testing;

namespace Thorbecke.Storage.Tests.Files;

/// <summary>The originals beside the database: what a scan keeps, and what a reviewer can open.</summary>
public sealed class DocumentArchiveTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void A_scan_Should_keep_the_original_of_every_readable_file_and_nothing_else()
    {
        using var store = new SqliteScanStore(folder.File("thorbecke.db"));
        var archive = DocumentArchive.BesideDatabase(store.FilePath);
        var scanner = new Scanner(store, [new PlainTextReader()], new CountingMatcher(), new ScanOptions { Archive = archive });

        var report = scanner.Scan(Samples.Agenda(), [Input("bij1.txt", "Meer geld voor gemeenten."), Input("kapot.doc", "geen lezer")]);

        var kept = archive.Find(Assert.Single(report.Documents));
        Assert.Equal(Path.Combine(folder.Path, DocumentArchive.FolderName, report.Documents[0].Sha256 + ".txt"), kept);
        Assert.Equal("Meer geld voor gemeenten.", File.ReadAllText(kept!));
        Assert.Single(Directory.GetFiles(archive.Folder));
    }

    [Fact]
    public void A_document_scanned_before_originals_were_kept_Should_get_its_file_on_the_next_scan()
    {
        using var store = new SqliteScanStore(folder.File("thorbecke.db"));
        ScanInput[] inputs = [Input("cda.txt", "Het gemeentefonds groeit mee.")];
        new Scanner(store, [new PlainTextReader()], new CountingMatcher()).Scan(Samples.Agenda(), inputs);
        var archive = DocumentArchive.BesideDatabase(store.FilePath);

        var report = new Scanner(store, [new PlainTextReader()], new CountingMatcher(), new ScanOptions { Archive = archive }).Scan(Samples.Agenda(), inputs);

        Assert.NotNull(archive.Find(report.Documents[0]));
    }

    [Fact]
    public void Keeping_a_file_twice_Should_leave_one_file_with_the_first_bytes()
    {
        var archive = new DocumentArchive(folder.File("originelen"));
        var content = Encoding.UTF8.GetBytes("inhoud");
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));

        archive.Keep(sha, ".PDF", content);
        archive.Keep(sha, ".PDF", content);

        Assert.Equal([sha + ".pdf"], Directory.GetFiles(archive.Folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_strange_extension_Should_never_become_part_of_a_path()
    {
        var archive = new DocumentArchive(folder.File("originelen"));
        var sha = new string('b', 64);

        archive.Keep(sha, "./../x", [1, 2, 3]);

        Assert.Equal([sha + ".bin"], Directory.GetFiles(archive.Folder).Select(Path.GetFileName));
        Assert.Throws<ArgumentException>(() => archive.Keep("../../etc", ".pdf", [1]));
    }

    [Fact]
    public void A_document_whose_file_was_never_kept_Should_have_no_original()
    {
        var archive = new DocumentArchive(folder.File("originelen"));
        var document = new DocumentInfo("cccccccccccccccc", "x.pdf", new string('c', 64), "X", "programme", "X", null, 1);

        Assert.Null(archive.Find(document));
    }

    public void Dispose() => folder.Dispose();

    private static ScanInput Input(string file, string text) => new(file, () => Encoding.UTF8.GetBytes(text), DocumentMetadata.Unknown);
}
