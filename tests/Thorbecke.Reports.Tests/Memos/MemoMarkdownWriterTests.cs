using Thorbecke.Core.Timelines;
using Thorbecke.Core.Verdicts;
using Thorbecke.Reports.Memos;
using static Thorbecke.Reports.Tests.Memos.MemoSamples;

namespace Thorbecke.Reports.Tests.Memos;

public sealed class MemoMarkdownWriterTests
{
    [Fact]
    public void Should_write_the_timeline_in_date_order_with_the_undated_documents_last()
    {
        var text = MemoMarkdownWriter.ToMarkdown(Builder().ForAsk(Formation()));

        string[] order = ["# Memo over vraag financien-01\n", "**Status nu: deels", "### Tijdlijn\n", "#### 1 september 2025 · Partij Rood\n",
            "#### 20 januari 2026 · Coalitieakkoord 2026\n", "#### 15 april 2026 · Voorjaarsnota 2026\n", "### Zonder datum\n", "#### Notitie\n",
            "1 document zegt niets over deze vraag.\n"];
        var positions = order.Select(o => text.IndexOf(o, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("> “Het kabinet schaft de korting slechts gedeeltelijk af.” (p. 3 (pdf 5))\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_a_quote_literal_where_markdown_would_read_it_as_markup()
    {
        var timeline = Timeline((Programme, Cell(Programme, Verdict.Support, "Gemeenten *moeten* [meer] <b>geld</b> krijgen_nu\nen #morgen.")));

        var text = MemoMarkdownWriter.ToMarkdown(Builder().ForAsk(timeline));

        Assert.Contains(@"> “Gemeenten \*moeten\* \[meer\] \<b>geld\</b> krijgen\_nu en \#morgen.” (p. 1)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_put_a_theme_overview_table_before_the_asks()
    {
        var text = MemoMarkdownWriter.ToMarkdown(Builder().ForTheme("Gemeentefinanciën", [Formation()]));

        Assert.Contains("## Overzicht\n\n1 vraag: 0 toegezegd, 1 deels, 0 afgewezen, 0 stil.\n\n| Vraag | Status nu | Toezegging |\n|---|---|---|\n| financien-01: Schaf de opschalingskorting af. | deels (sinds Voorjaarsnota 2026) | afgezwakt |\n", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("## Overzicht", StringComparison.Ordinal) < text.IndexOf("## financien-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_end_with_one_newline_and_no_byte_order_mark()
    {
        using var stream = new MemoryStream();

        MemoMarkdownWriter.Write(Builder().ForAsk(AskTimeline.Build(ScalingCut, [])), stream);

        var bytes = stream.ToArray();
        Assert.Equal((byte)'#', bytes[0]);
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.NotEqual((byte)'\n', bytes[^2]);
    }
}
