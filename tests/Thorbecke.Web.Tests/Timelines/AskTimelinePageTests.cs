using Thorbecke.Testing.Timelines;

namespace Thorbecke.Web.Tests.Timelines;

/// <summary>
/// An ask's page shows its timeline as the written formation left it: the documents in date order with the undated
/// note apart at the end, the status "deels" since the Voorjaarsnota, and the agreement's commitment, kept by the
/// letter and weakened by the Voorjaarsnota.
/// </summary>
[Collection(TimelineGroup.Name)]
public sealed class AskTimelinePageTests(TimelineFixture web)
{
    private async Task<string> Timeline()
    {
        using var vera = await Session.LogIn(web, "vera");
        var html = await vera.Client.GetStringAsync($"/vragen/{TimelineCorpus.Ask}");
        return PageText.Element(html, "section", "id=\"tijdlijn\"");
    }

    private async Task<string> Step(string file) =>
        PageText.Element(await Timeline(), "li", $"data-document=\"{web.DocumentId(file)}\"");

    [Fact]
    public async Task Should_list_the_documents_in_date_order_with_the_undated_note_under_its_own_heading()
    {
        var timeline = await Timeline();

        Assert.Equal(TimelineCorpus.Files.Select(web.DocumentId), PageText.Values(timeline, "data-document"));
        var undated = timeline[timeline.IndexOf("Zonder datum", StringComparison.Ordinal)..];
        Assert.Equal([web.DocumentId("notitie.md")], PageText.Values(undated, "data-document"));
        Assert.Contains("15 april 2026 Begroting of Voorjaarsnota Voorjaarsnota 2026", PageText.Of(await Step("voorjaarsnota.md")), StringComparison.Ordinal);
        Assert.Contains("1 september 2025 Verkiezingsprogramma Partij Rood", PageText.Of(await Step("programma-rood.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_the_status_deels_since_the_Voorjaarsnota()
    {
        var timeline = await Timeline();

        Assert.Contains("Status nu: deels — sinds Voorjaarsnota 2026 (15 april 2026)", PageText.Of(timeline), StringComparison.Ordinal);
        Assert.Contains("status: toegezegd → deels", PageText.Of(await Step("voorjaarsnota.md")), StringComparison.Ordinal);
        Assert.Contains("status: stil → toegezegd", PageText.Of(await Step("coalitieakkoord.md")), StringComparison.Ordinal);
        Assert.DoesNotContain("status:", PageText.Of(await Step("kamerbrief.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_the_commitment_of_the_agreement_kept_by_the_letter_and_weakened_by_the_Voorjaarsnota()
    {
        var commitment = PageText.Of(PageText.Element(await Timeline(), "div", "class=\"commitment"));

        Assert.Contains($"Toezegging in Coalitieakkoord 2026-2030 (20 januari 2026) {TimelineCorpus.AgreementQuote} p. 1", commitment, StringComparison.Ordinal);
        Assert.Contains("Nu: afgezwakt volgens Voorjaarsnota 2026 (15 april 2026)", commitment, StringComparison.Ordinal);
        Assert.Contains("toezegging: gehandhaafd", PageText.Of(await Step("kamerbrief.md")), StringComparison.Ordinal);
        Assert.Contains("toezegging: afgezwakt", PageText.Of(await Step("voorjaarsnota.md")), StringComparison.Ordinal);
        Assert.Contains(TimelineCorpus.BudgetQuote, PageText.Of(await Step("voorjaarsnota.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_link_each_step_to_its_cell_and_mark_the_verdict_as_the_machines()
    {
        var step = await Step("kamerbrief.md");

        Assert.Contains($"href=\"/vragen/{TimelineCorpus.Ask}/{web.DocumentId("kamerbrief.md")}\"", step, StringComparison.Ordinal);
        Assert.Contains("12 maart 2026", PageText.Of(step), StringComparison.Ordinal);
        Assert.Contains("✓ Steunt machine", PageText.Of(step), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_the_amount_the_Voorjaarsnota_ties_to_the_ask_with_a_draft_scenario_to_download()
    {
        var step = await Step("voorjaarsnota.md");

        Assert.Contains("€ 300 miljoen, p. 1: “In 2026 wordt € 300 miljoen van de korting teruggedraaid; de rest van de opschalingskorting blijft voorlopig staan.”",
            PageText.Of(step), StringComparison.Ordinal);
        Assert.Contains($"href=\"/documenten/{web.DocumentId("voorjaarsnota.md")}/conceptscenario.yaml\"", step, StringComparison.Ordinal);
        Assert.DoesNotContain("conceptscenario", await Step("programma-blauw.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_count_the_documents_that_say_nothing_about_the_ask()
    {
        using var vera = await Session.LogIn(web, "vera");
        var html = await vera.Client.GetStringAsync("/vragen/weerbaarheid-01");

        Assert.Contains("Status nu: stil", PageText.Of(PageText.Element(html, "section", "id=\"tijdlijn\"")), StringComparison.Ordinal);
        Assert.Matches(@"\d documenten zeggen niets over deze vraag\.", PageText.Of(html));
    }
}
