using System.Globalization;
using Thorbecke.Core.Documents;
using Thorbecke.Ingest.Pdf;
using Thorbecke.Testing.Documents;

namespace Thorbecke.Ingest.Tests.Pdf;

/// <summary>The offset between printed page numbers and the PDF index, from the numbers in the page margins.</summary>
public sealed class PrintedPageNumbersTests
{
    [Fact]
    public void Should_find_the_offset_after_a_cover_and_a_blank_page()
    {
        var pages = Enumerable.Range(1, 12)
            .Select(n => new Page(n, n <= 2 ? "Verkiezingsprogramma 2025\nOmslag" : $"Wonen\nWij bouwen 100 woningen per jaar.\n{n - 2}"))
            .ToList();

        Assert.Equal(2, PrintedPageNumbers.Offset(pages));
    }

    [Fact]
    public void Should_read_a_number_in_a_running_header_with_the_title()
    {
        var pages = Enumerable.Range(1, 10).Select(n => new Page(n, $"Verkiezingsprogramma 2025 - 2029   {n + 1}\nTekst over zorg in 2026.")).ToList();

        Assert.Equal(-1, PrintedPageNumbers.Offset(pages));
    }

    [Fact]
    public void Should_leave_the_offset_at_0_when_pages_print_no_numbers_or_numbers_in_the_text_disagree()
    {
        var plain = Enumerable.Range(1, 10).Select(n => new Page(n, "Wij willen meer geld voor gemeenten.")).ToList();
        var scattered = Enumerable.Range(1, 10).Select(n => new Page(n, string.Create(CultureInfo.InvariantCulture, $"Er komen {n * 37} woningen bij."))).ToList();

        Assert.Equal(0, PrintedPageNumbers.Offset(plain));
        Assert.Equal(0, PrintedPageNumbers.Offset(scattered));
    }

    [Fact]
    public void Should_give_a_pdf_with_a_cover_its_printed_page_offset()
    {
        var builder = new PdfFixtureBuilder()
            .AddPage(p => p.Heading("Verkiezingsprogramma"))
            .AddPage(p => p.Paragraph("Deze pagina is bewust leeg gelaten."));
        for (var printed = 1; printed <= 5; printed++)
        {
            var number = printed.ToString(CultureInfo.InvariantCulture);
            builder.AddPage(p => p.Heading("Gemeenten").Paragraph("Wij schaffen de opschalingskorting af.").Paragraph(number));
        }

        var text = new PdfDocumentReader().Read(builder.Build(), "omslag.pdf");

        Assert.Equal(2, text.PrintedPageOffset);
    }
}
