using Thorbecke.Core.Documents;

namespace Thorbecke.Core.Tests.Documents;

/// <summary>A quote is cited by the page number printed on the page, with the PDF's own index beside it when they differ.</summary>
public sealed class PageCitationTests
{
    private static readonly DocumentInfo Programme = new("0123456789abcdef", "denk.pdf", "00", "DENK", "programme", "Programma", null, 58);

    [Theory]
    [InlineData(0, 42, "p. 42")]
    [InlineData(2, 42, "p. 40 (pdf 42)")]
    [InlineData(2, 1, "pdf p. 1")]
    [InlineData(-3, 5, "p. 8 (pdf 5)")]
    public void Should_cite_the_printed_page_and_the_pdf_index_when_they_differ(int offset, int page, string expected) =>
        Assert.Equal(expected, (Programme with { PrintedPageOffset = offset }).Cite(page));
}
