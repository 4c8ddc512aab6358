using System.Net;
using Thorbecke.Application.Money;
using Thorbecke.Finance.Files.Scenarios;
using Thorbecke.MoneyMentions;

namespace Thorbecke.Web.Tests.Timelines;

/// <summary>A document's amounts download as the draft scenario <c>money find --concept</c> writes, ready for the money model.</summary>
[Collection(TimelineGroup.Name)]
public sealed class DraftScenarioDownloadTests(TimelineFixture web)
{
    [Fact]
    public async Task Should_download_the_draft_scenario_of_the_Voorjaarsnota_as_money_find_writes_it()
    {
        using var vera = await Session.LogIn(web, "vera");
        var id = web.DocumentId("voorjaarsnota.md");

        using var response = await vera.Client.GetAsync($"/documenten/{id}/conceptscenario.yaml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("concept-voorjaarsnota.yaml", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var yaml = await response.Content.ReadAsStringAsync();
        var report = web.Store.LoadLatestReport()!;
        var info = report.Documents.Single(d => d.Id == id);
        Assert.Equal(DraftScenario.Write(info, new MoneyMentionFinder().Find(web.Store.LoadDocument(id)!, report.Agenda)), yaml);
        Assert.Contains("In 2026 wordt € 300 miljoen van de korting teruggedraaid", yaml, StringComparison.Ordinal);

        var parsed = ScenarioParser.Parse(yaml);
        Assert.True(parsed.Succeeded, string.Join("; ", parsed.Problems));
        Assert.Equal("concept-voorjaarsnota", parsed.Value!.Scenario.Id);
        Assert.NotEmpty(parsed.Value.Unconfirmed);
    }

    [Fact]
    public async Task Should_answer_an_unknown_document_with_not_found()
    {
        using var vera = await Session.LogIn(web, "vera");

        using var response = await vera.Client.GetAsync("/documenten/bestaat-niet/conceptscenario.yaml");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("bestaat-niet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
