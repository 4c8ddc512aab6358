using Thorbecke.Ingest.Docx;
using Thorbecke.Ingest.Html;
using Thorbecke.Ingest.Pdf;
using Thorbecke.Ingest.Text;

namespace Thorbecke.Ingest.Tests;

public sealed class DocumentReadersTests
{
    [Theory]
    [InlineData("a.PDF", typeof(PdfDocumentReader))]
    [InlineData("a.docx", typeof(DocxDocumentReader))]
    [InlineData("a.htm", typeof(HtmlDocumentReader))]
    [InlineData("a.html", typeof(HtmlDocumentReader))]
    [InlineData("a.md", typeof(PlainTextReader))]
    [InlineData("a.txt", typeof(PlainTextReader))]
    public void Should_find_the_reader_for_an_extension(string file, Type reader)
    {
        Assert.IsType(reader, DocumentReaders.For(file));
    }

    [Fact]
    public void Should_not_claim_unsupported_extensions()
    {
        Assert.Null(DocumentReaders.For("a.odt"));
        Assert.Equal([".docx", ".htm", ".html", ".markdown", ".md", ".pdf", ".txt"], DocumentReaders.Extensions);
    }
}
