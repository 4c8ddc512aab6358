using Thorbecke.Core.Documents;
using Thorbecke.Ingest.Segmentation;

namespace Thorbecke.Ingest.Tests.Segmentation;

public sealed class PassageBuilderTests
{
    private const string Sentence = "De gemeente investeert in betaalbare woningen voor starters en ouderen. ";

    [Fact]
    public void Should_split_long_paragraphs_at_sentence_boundaries()
    {
        var paragraph = string.Concat(Enumerable.Repeat(Sentence, 40)).Trim();

        var text = PassageBuilder.Build([new PageLayout(1, [TextBlock.Paragraph(paragraph)])]);

        Assert.True(text.Passages.Count >= 3);
        Assert.All(text.Passages, p => Assert.True(p.Text.Length <= PassageOptions.Default.MaxChars, $"{p.Text.Length} chars"));
        Assert.All(text.Passages, p => Assert.EndsWith("ouderen.", p.Text, StringComparison.Ordinal));
        Invariants.AssertHold(text);
    }

    [Fact]
    public void Should_merge_tiny_fragments_into_the_next_passage_on_the_page()
    {
        var text = PassageBuilder.Build([new PageLayout(1, [TextBlock.ListItem("16."), TextBlock.Paragraph(Sentence.Trim())])]);

        var passage = Assert.Single(text.Passages);
        Assert.Equal("16.\n" + Sentence.Trim(), passage.Text);
    }

    [Fact]
    public void Should_not_merge_fragments_across_headings_or_furniture()
    {
        var text = PassageBuilder.Build([new PageLayout(1, [TextBlock.Paragraph("Kort stukje tekst."), TextBlock.Furniture("12"), TextBlock.Paragraph(Sentence.Trim())])]);

        Assert.Equal(["Kort stukje tekst.", Sentence.Trim()], text.Passages.Select(p => p.Text));
        Invariants.AssertHold(text);
    }

    [Fact]
    public void Should_track_the_heading_path_across_pages()
    {
        var text = PassageBuilder.Build(
        [
            new PageLayout(1, [TextBlock.Heading(1, "Wonen"), TextBlock.Heading(2, "Huur"), TextBlock.Paragraph(Sentence)]),
            new PageLayout(2, [TextBlock.Paragraph(Sentence), TextBlock.Heading(2, "Koop"), TextBlock.Paragraph(Sentence), TextBlock.Heading(1, "Zorg"), TextBlock.Paragraph(Sentence)]),
        ]);

        Assert.Equal(
            [["Wonen", "Huur"], ["Wonen", "Huur"], ["Wonen", "Koop"], ["Zorg"]],
            text.Passages.Select(p => p.HeadingPath.ToArray()));
        Assert.Equal([1, 2, 2, 2], text.Passages.Select(p => p.Page));
    }

    [Fact]
    public void Should_make_page_text_from_all_lines_including_furniture()
    {
        var text = PassageBuilder.Build([new PageLayout(1, [TextBlock.Furniture("Programma 2025"), TextBlock.Heading(1, "Wonen"), TextBlock.Paragraph("Regel  een", "regel twee")])]);

        Assert.Equal(new Page(1, "Programma 2025\nWonen\nRegel een\nregel twee"), text.Pages[0]);
    }
}
