using Thorbecke.Core.Documents;
using Thorbecke.Ingest.Docx;
using Thorbecke.Testing.Documents;

namespace Thorbecke.Ingest.Tests.Docx;

public sealed class DocxDocumentReaderTests
{
    private static readonly DocxDocumentReader Reader = new();

    private static DocxFixtureBuilder Programme(DocxFixtureBuilder builder) => builder
        .WithTitle("Programma Lokaal Belang")
        .Heading("Wonen")
        .Heading("Betaalbare huur", 2)
        .Paragraph("De gemeente bouwt elk jaar vijfhonderd sociale huurwoningen voor starters en ouderen.")
        .Bullet("Leegstaande kantoren worden omgebouwd tot woningen.")
        .Bullet("Huurders krijgen een eigen loket bij de gemeente.")
        .PageBreak()
        .Heading("Verkeer")
        .Paragraph("Het openbaar vervoer rijdt vaker en goedkoper, ook in de kleine kernen.");

    [Fact]
    public void Should_split_pages_at_explicit_page_breaks()
    {
        var text = Reader.Read(Programme(new DocxFixtureBuilder()).Build(), "programma.docx");

        Assert.Equal(2, text.Pages.Count);
        Assert.Equal(1, Invariants.PassageContaining(text, "vijfhonderd").Page);
        Assert.Equal(2, Invariants.PassageContaining(text, "openbaar vervoer").Page);
        Invariants.AssertHold(text);
    }

    [Fact]
    public void Should_take_headings_from_heading_styles()
    {
        var text = Reader.Read(Programme(new DocxFixtureBuilder()).Build(), "programma.docx");

        Assert.Equal(["Wonen", "Betaalbare huur"], Invariants.PassageContaining(text, "vijfhonderd").HeadingPath);
        Assert.Equal(["Verkeer"], Invariants.PassageContaining(text, "openbaar vervoer").HeadingPath);
        Assert.Equal("Programma Lokaal Belang", text.Title);
    }

    [Fact]
    public void Should_understand_dutch_heading_style_names()
    {
        var text = Reader.Read(Programme(new DocxFixtureBuilder().WithDutchStyleNames()).Build(), "programma.docx");

        Assert.Equal(["Wonen", "Betaalbare huur"], Invariants.PassageContaining(text, "vijfhonderd").HeadingPath);
    }

    [Fact]
    public void Should_make_each_bulleted_item_its_own_passage_start()
    {
        var text = Reader.Read(Programme(new DocxFixtureBuilder()).Build(), "programma.docx");

        var offices = Invariants.PassageContaining(text, "Leegstaande kantoren");
        Assert.DoesNotContain("vijfhonderd", offices.Text, StringComparison.Ordinal);
        Assert.StartsWith("Leegstaande kantoren", offices.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_build_fixtures_that_word_would_accept()
    {
        using var stream = new MemoryStream(Programme(new DocxFixtureBuilder()).Build());
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);

        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
    }

    [Fact]
    public void Should_refuse_a_file_that_is_not_a_docx()
    {
        var error = Assert.Throws<DocumentReadException>(() => Reader.Read("geen zip"u8.ToArray(), "kapot.docx"));

        Assert.StartsWith("het bestand is beschadigd of geen geldig Word-document", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_an_encrypted_or_old_word_file()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var error = Assert.Throws<DocumentReadException>(() => Reader.Read(ole, "geheim.docx"));

        Assert.Contains("versleuteld met een wachtwoord", error.Message, StringComparison.Ordinal);
    }
}
