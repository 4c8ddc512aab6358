using Thorbecke.Ingest.Corpus;
using Thorbecke.Testing;

namespace Thorbecke.Ingest.Tests.Corpus;

public sealed class CorpusManifestTests
{
    [Fact]
    public void Should_parse_the_real_tk2025_manifest()
    {
        var manifest = CorpusManifest.Load(Path.Combine(RepoPaths.Corpus, "corpus.json"));

        Assert.Equal("tk2025", manifest.Collection);
        Assert.Equal(6, manifest.Documents.Count);
        var bij1 = manifest.Find("BIJ1.pdf");
        Assert.NotNull(bij1);
        Assert.Equal("BIJ1", bij1.Party);
        Assert.Equal("programme", bij1.Kind);
        Assert.Equal("TK2025", bij1.Election);
        Assert.Equal("1e2b515b18a35db6ea46164a4163b4a033647982b764f104664c31804bb41c18", bij1.ToMetadata().Sha256);
    }

    [Fact]
    public void Should_read_a_date_per_document_and_leave_it_out_when_absent()
    {
        var manifest = CorpusManifest.Parse("""
            { "documents": [ { "file": "akkoord.pdf", "kind": "agreement", "date": "2026-01-20" }, { "file": "notitie.pdf" } ] }
            """);

        Assert.Equal(new DateOnly(2026, 1, 20), manifest.Find("akkoord.pdf")!.ToMetadata().Date);
        Assert.Null(manifest.Find("notitie.pdf")!.Date);
    }

    [Fact]
    public void Should_refuse_a_date_it_would_have_to_guess_at()
    {
        var error = Assert.Throws<CorpusManifestException>(() => CorpusManifest.Parse("""{ "documents": [ { "file": "a.pdf", "date": "20-01-2026" } ] }"""));

        Assert.Equal("corpus.json is ongeldig: document 1 heeft datum \"20-01-2026\"; schrijf een datum als \"2026-03-12\"", error.Message);
    }

    [Theory]
    [InlineData("{ \"documents\": [ { \"file\": \"a.pdf\" ")]
    [InlineData("[1, 2]")]
    [InlineData("{ \"documents\": [ { \"party\": \"SP\" } ] }")]
    [InlineData("{ \"documents\": \"a.pdf\" }")]
    public void Should_reject_bad_json_with_a_dutch_message_naming_corpus_json(string json)
    {
        var error = Assert.Throws<CorpusManifestException>(() => CorpusManifest.Parse(json));

        Assert.StartsWith("corpus.json is ", error.Message, StringComparison.Ordinal);
    }
}
