using Thorbecke.Core.Documents;
using Thorbecke.Ingest.Corpus;
using Thorbecke.Testing;

namespace Thorbecke.Ingest.Tests.Corpus;

public sealed class ScanInputsTests
{
    [Fact]
    public void Should_expand_a_folder_to_its_documents_sorted_by_name()
    {
        using var folder = new TempFolder();
        folder.Write("b.pdf", "b");
        folder.Write("A.txt", "a");
        folder.Write("c.xyz", "c");
        folder.Write(".verborgen.pdf", "x");
        folder.Write("concept.docx~", "x");
        folder.Write("corpus.json", """{"documents": []}""");
        folder.Write("sub/d.pdf", "d");

        var set = ScanInputs.FromPaths([folder.Path]);

        Assert.Equal(["A.txt", "b.pdf", "c.xyz"], set.Inputs.Select(i => i.FileName));
        Assert.Empty(set.Errors);
        Assert.Equal("b"u8.ToArray(), set.Inputs[1].LoadContent());
    }

    [Fact]
    public void Should_give_files_the_metadata_of_their_folders_corpus_json()
    {
        using var folder = new TempFolder();
        folder.Write("sp.pdf", "x");
        folder.Write("onbekend.pdf", "y");
        folder.Write("corpus.json", """{"collection": "test", "documents": [{"file": "sp.pdf", "party": "SP", "kind": "programme", "election": "TK2025", "title": "Programma SP", "sha256": "abc"}]}""");

        var set = ScanInputs.FromPaths([folder.Path, folder.File("sp.pdf")]);

        Assert.Equal(2, set.Inputs.Count);
        Assert.Equal(new DocumentMetadata("SP", "programme", "TK2025", "Programma SP", "abc"), set.Inputs.Single(i => i.FileName == "sp.pdf").Metadata);
        Assert.Same(DocumentMetadata.Unknown, set.Inputs.Single(i => i.FileName == "onbekend.pdf").Metadata);
    }

    [Fact]
    public void Should_report_missing_paths_and_a_broken_corpus_json_as_errors()
    {
        using var folder = new TempFolder();
        folder.Write("sp.pdf", "x");
        folder.Write("corpus.json", "{ kapot");

        var set = ScanInputs.FromPaths([folder.Path, folder.File("bestaat-niet.pdf")]);

        Assert.Equal(["sp.pdf"], set.Inputs.Select(i => i.FileName));
        Assert.Same(DocumentMetadata.Unknown, set.Inputs[0].Metadata);
        Assert.Contains(set.Errors, e => e.File == "bestaat-niet.pdf" && e.Message == "bestand of map niet gevonden");
        Assert.Contains(set.Errors, e => e.File == "corpus.json" && e.Message.StartsWith("corpus.json is geen geldige JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_list_the_real_corpus_with_its_metadata()
    {
        var set = ScanInputs.FromPaths([RepoPaths.Corpus]);

        Assert.Equal(["50plus.pdf", "bij1.pdf", "christenunie.pdf", "denk.pdf", "groenlinks-pvda.pdf", "sp.pdf"], set.Inputs.Select(i => i.FileName));
        Assert.Equal("GroenLinks-PvdA", set.Inputs.Single(i => i.FileName == "groenlinks-pvda.pdf").Metadata.Party);
    }
}
