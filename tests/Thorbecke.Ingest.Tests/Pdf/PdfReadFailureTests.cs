using Thorbecke.Core.Documents;
using Thorbecke.Ingest.Pdf;
using Thorbecke.Testing.Documents;

namespace Thorbecke.Ingest.Tests.Pdf;

public sealed class PdfReadFailureTests
{
    private static readonly PdfDocumentReader Reader = new();

    [Fact]
    public void Should_say_the_file_is_encrypted_with_a_password()
    {
        var error = Assert.Throws<DocumentReadException>(() => Reader.Read(BrokenPdfs.Encrypted(), "geheim.pdf"));

        Assert.Equal("het bestand is versleuteld met een wachtwoord", error.Message);
    }

    [Fact]
    public void Should_say_an_image_only_pdf_has_no_text_layer()
    {
        var error = Assert.Throws<DocumentReadException>(() => Reader.Read(BrokenPdfs.ImageOnly(), "scan.pdf"));

        Assert.Equal("het bestand bevat geen tekstlaag (alleen afbeeldingen; gescand?) en OCR wordt niet ondersteund", error.Message);
    }

    [Fact]
    public void Should_say_a_pdf_without_pages_has_no_pages()
    {
        var error = Assert.Throws<DocumentReadException>(() => Reader.Read(BrokenPdfs.NoPages(), "leeg.pdf"));

        Assert.Equal("het bestand bevat geen pagina's", error.Message);
    }

    [Fact]
    public void Should_say_an_empty_file_is_empty()
    {
        var error = Assert.Throws<DocumentReadException>(() => Reader.Read(BrokenPdfs.Empty(), "nul.pdf"));

        Assert.Equal("het bestand is leeg (0 bytes)", error.Message);
    }

    public static TheoryData<string> Damaged => ["garbage", "not-a-pdf"];

    [Theory]
    [MemberData(nameof(Damaged))]
    public void Should_say_a_damaged_file_is_corrupt(string kind)
    {
        var content = kind == "garbage" ? BrokenPdfs.Corrupt() : BrokenPdfs.NotAPdf();

        var error = Assert.Throws<DocumentReadException>(() => Reader.Read(content, "kapot.pdf"));

        Assert.StartsWith("het bestand is beschadigd of geen geldige PDF: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_a_cut_off_file_is_incomplete_not_empty()
    {
        var whole = new PdfFixtureBuilder().AddPage(p => p.Paragraph("Een pagina met tekst.")).AddPage(p => p.Paragraph("Nog een pagina.")).Build();

        var error = Assert.Throws<DocumentReadException>(() => Reader.Read(BrokenPdfs.Truncated(whole), "afgebroken.pdf"));

        Assert.Equal(PdfReadReasons.Truncated, error.Message);
    }

    [Fact]
    public void Should_only_ever_throw_document_read_exceptions_for_mangled_bytes()
    {
        var valid = new PdfFixtureBuilder().AddPage(p => p.Heading("Wonen").Paragraph("De gemeente bouwt meer woningen voor iedereen.")).Build();
        var random = new Random(7);
        for (var round = 0; round < 60; round++)
        {
            var mangled = (byte[])valid.Clone();
            for (var flips = 0; flips < 1 + (round % 12); flips++)
            {
                mangled[random.Next(16, mangled.Length)] = (byte)random.Next(256);
            }

            var cut = round % 3 == 0 ? mangled[..random.Next(9, mangled.Length)] : mangled;
            try
            {
                Reader.Read(cut, "verminkt.pdf");
            }
            catch (DocumentReadException)
            {
                // The only acceptable failure.
            }
        }
    }
}
