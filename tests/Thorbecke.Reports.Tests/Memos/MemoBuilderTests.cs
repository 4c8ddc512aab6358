using Thorbecke.Core.Agendas;
using Thorbecke.Core.Timelines;
using Thorbecke.Core.Verdicts;
using Thorbecke.Reports.Memos;
using static Thorbecke.Reports.Tests.Memos.MemoSamples;

namespace Thorbecke.Reports.Tests.Memos;

public sealed class MemoBuilderTests
{
    [Fact]
    public void Should_say_the_status_now_and_what_became_of_the_commitment()
    {
        var memo = Builder().ForAsk(Formation());

        var ask = Assert.Single(memo.Asks);
        Assert.Equal("Memo over vraag financien-01", memo.Title);
        Assert.Equal("Gemaakt op 1 mei 2026 met Thorbecke · Testagenda", memo.MadeLine);
        Assert.Equal("Status nu: deels (sinds Voorjaarsnota 2026, 15 april 2026)", ask.StatusLine);
        Assert.Equal("Toezegging in Coalitieakkoord 2026, p. 1: “Wij schaffen de opschalingskorting af.” — nu afgezwakt door Voorjaarsnota 2026", ask.CommitmentLine);
    }

    [Fact]
    public void Should_list_the_dated_documents_by_date_and_the_undated_ones_apart()
    {
        var ask = Builder().ForAsk(Formation()).Asks[0];

        Assert.Equal(["1 september 2025 · Partij Rood", "20 januari 2026 · Coalitieakkoord 2026", "15 april 2026 · Voorjaarsnota 2026"], ask.Dated.Select(e => e.Heading));
        Assert.Equal(["Notitie"], ask.Undated.Select(e => e.Heading));
        Assert.Equal("Coalitieakkoord of regeerakkoord · oordeel: steunt · status wordt toegezegd · toezegging gedaan", ask.Dated[1].Verdict);
        Assert.Equal("Begroting of Voorjaarsnota · oordeel: deels · status wordt deels · toezegging afgezwakt", ask.Dated[2].Verdict);
    }

    [Fact]
    public void Should_cite_the_printed_page_of_the_quote_and_of_each_amount()
    {
        var amounts = new TimelineAmounts([new TimelineAmount(ScalingCut.Id, Budget.Id, 5, "€ 300 miljoen", "In 2026 wordt € 300 miljoen teruggedraaid.")]);

        var budget = Builder(amounts).ForAsk(Formation()).Asks[0].Dated[2];

        Assert.Equal("Het kabinet schaft de korting slechts gedeeltelijk af.", budget.Quote);
        Assert.Equal("p. 3 (pdf 5)", budget.Page);
        Assert.Equal(["Bedrag: € 300 miljoen, p. 3 (pdf 5)"], budget.Amounts);
    }

    [Fact]
    public void Should_let_the_reviewed_verdict_and_quote_win_and_name_the_reviewer()
    {
        var review = Review(Budget, Verdict.Oppose, "De korting blijft staan.", 6);

        var ask = Builder().ForAsk(Formation(review)).Asks[0];

        var budget = ask.Dated[2];
        Assert.Equal("Begroting of Voorjaarsnota · oordeel: verzet zich (beoordeeld door anna) · status wordt afgewezen · toezegging gebroken", budget.Verdict);
        Assert.Equal("De korting blijft staan.", budget.Quote);
        Assert.Equal("p. 4 (pdf 6)", budget.Page);
        Assert.Equal("Opmerking van de beoordelaar: Nagelezen.", budget.Comment);
        Assert.Equal("Status nu: afgewezen (sinds Voorjaarsnota 2026, 15 april 2026)", ask.StatusLine);
    }

    [Theory]
    [InlineData(1, true, "1 document zegt niets over deze vraag.")]
    [InlineData(3, true, "3 documenten zeggen niets over deze vraag.")]
    [InlineData(1, false, "Het enige document zegt niets over deze vraag.")]
    [InlineData(6, false, "Geen van de 6 documenten zegt iets over deze vraag.")]
    [InlineData(0, true, null)]
    public void Should_count_the_silent_documents_in_one_dutch_sentence(int silent, bool anySpeaks, string? expected)
    {
        var cells = Enumerable.Range(0, silent).Select(i => Document($"x{i}", $"Partij {i}", "programme", $"P{i}", null)).Select(d => (d, Cell(d, Verdict.None))).ToList();
        if (anySpeaks)
        {
            cells.Add((Programme, Cell(Programme, Verdict.Support, "Weg ermee.")));
        }

        var ask = Builder().ForAsk(Timeline([.. cells])).Asks[0];

        Assert.Equal(expected, ask.SilentLine);
    }

    [Fact]
    public void Should_say_a_silent_ask_has_no_status_yet()
    {
        var ask = Builder().ForAsk(Timeline((Programme, Cell(Programme, Verdict.Support, "Weg ermee.")))).Asks[0];

        Assert.Equal("Status nu: stil (geen gedateerd document van het kabinet spreekt zich erover uit)", ask.StatusLine);
        Assert.Null(ask.CommitmentLine);
    }

    [Fact]
    public void Should_give_a_theme_memo_every_ask_of_the_theme_in_order_after_a_count_of_their_statuses()
    {
        var other = new Ask("financien-02", "Gemeentefinanciën", "Geef gemeenten een eigen belastinggebied.");
        var elsewhere = new Ask("zorg-01", "Zorg", "Stop het abonnementstarief.");
        IReadOnlyList<AskTimeline> timelines =
        [
            Formation(),
            AskTimeline.Build(elsewhere, []),
            AskTimeline.Build(other, [(Agreement, Cell(Agreement, Verdict.Oppose, "Geen eigen belastinggebied.", ask: other.Id))]),
        ];

        var memo = Builder().ForTheme("Gemeentefinanciën", timelines);

        Assert.Equal("Memo over thema Gemeentefinanciën", memo.Title);
        Assert.Equal(["financien-01: Schaf de opschalingskorting af.", "financien-02: Geef gemeenten een eigen belastinggebied."], memo.Asks.Select(a => a.Heading));
        Assert.Equal("2 vragen: 0 toegezegd, 1 deels, 1 afgewezen, 0 stil.", memo.Summary!.CountLine);
        Assert.Equal(new MemoSummaryRow("financien-01: Schaf de opschalingskorting af.", "deels (sinds Voorjaarsnota 2026)", "afgezwakt"), memo.Summary.Rows[0]);
        Assert.Equal(new MemoSummaryRow("financien-02: Geef gemeenten een eigen belastinggebied.", "afgewezen (sinds Coalitieakkoord 2026)", "geen"), memo.Summary.Rows[1]);
    }
}
