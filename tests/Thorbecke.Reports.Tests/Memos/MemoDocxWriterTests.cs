using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Thorbecke.Core.Verdicts;
using Thorbecke.Reports.Memos;
using static Thorbecke.Reports.Tests.Memos.MemoSamples;

namespace Thorbecke.Reports.Tests.Memos;

public sealed class MemoDocxWriterTests
{
    [Fact]
    public void Should_write_a_theme_memo_word_validates_without_errors()
    {
        using var document = Open(Builder().ForTheme("Gemeentefinanciën", [Formation()]));

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
        Assert.Single(document.MainDocumentPart!.Document.Body!.Elements<Table>());
    }

    [Fact]
    public void Should_use_words_own_styles_for_the_title_headings_and_quotes()
    {
        using var document = Open(Builder().ForAsk(Formation()));

        var styled = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText)).ToList();
        var defined = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId?.Value).OfType<string>().ToHashSet();
        Assert.Superset(styled.Select(s => s.Style).OfType<string>().ToHashSet(), defined);
        Assert.Contains(("Title", "Memo over vraag financien-01"), styled);
        Assert.Contains(("Heading1", "financien-01: Schaf de opschalingskorting af."), styled);
        Assert.Contains(("Heading2", "Zonder datum"), styled);
        Assert.Contains(("Heading3", "15 april 2026 · Voorjaarsnota 2026"), styled);
        Assert.Contains(("Quote", "“Het kabinet schaft de korting slechts gedeeltelijk af.” (p. 3 (pdf 5))"), styled);
    }

    [Fact]
    public void Should_print_the_day_the_memo_was_made_in_the_page_header()
    {
        using var document = Open(Builder().ForAsk(Formation()));

        var header = Assert.Single(document.MainDocumentPart!.HeaderParts);
        Assert.Equal("Memo over vraag financien-01 · 1 mei 2026", header.Header!.InnerText);
        Assert.Equal("Memo over vraag financien-01", document.PackageProperties.Title);
    }

    [Fact]
    public void Should_drop_control_characters_xml_cannot_hold_and_keep_the_rest_of_the_quote()
    {
        var timeline = Timeline((Programme, Cell(Programme, Verdict.Support, "Weg met de\u0001 korting 😀.")));

        using var document = Open(Builder().ForAsk(timeline));

        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Contains(document.MainDocumentPart!.Document.Body!.Elements<Paragraph>(), p => p.InnerText.StartsWith("“Weg met de korting 😀.”", StringComparison.Ordinal));
    }

    private static WordprocessingDocument Open(Memo memo)
    {
        var stream = new MemoryStream();
        MemoDocxWriter.Write(memo, stream);
        stream.Position = 0;
        return WordprocessingDocument.Open(stream, false);
    }
}
