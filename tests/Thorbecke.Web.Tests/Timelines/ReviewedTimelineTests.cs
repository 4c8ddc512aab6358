using System.Net;
using Thorbecke.Testing.Timelines;

namespace Thorbecke.Web.Tests.Timelines;

/// <summary>
/// A step is reviewed on its cell page like any cell, and the timeline follows the review: an analyst who reads the
/// Voorjaarsnota as support makes the status "toegezegd" again and the commitment fulfilled, marked as reviewed.
/// </summary>
public sealed class ReviewedTimelineTests(TimelineFixture web) : IClassFixture<TimelineFixture>
{
    [Fact]
    public async Task Should_follow_the_reviewed_verdict_of_the_Voorjaarsnota()
    {
        using var anna = await Session.LogIn(web, "anna");
        var cell = $"/vragen/{TimelineCorpus.Ask}/{web.DocumentId("voorjaarsnota.md")}";

        var saved = await anna.PostForm(cell, new() { ["oordeel"] = "support", ["gezien"] = "0" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var html = await anna.Client.GetStringAsync($"/vragen/{TimelineCorpus.Ask}");
        var timeline = PageText.Of(PageText.Element(html, "section", "id=\"tijdlijn\""));
        Assert.Contains("Status nu: toegezegd — sinds Coalitieakkoord 2026-2030 (20 januari 2026)", timeline, StringComparison.Ordinal);
        Assert.Contains("Nu: nagekomen volgens Voorjaarsnota 2026 (15 april 2026)", timeline, StringComparison.Ordinal);
        var step = PageText.Of(PageText.Element(html, "li", $"data-document=\"{web.DocumentId("voorjaarsnota.md")}\""));
        Assert.Contains("✓ Steunt ✎ beoordeeld door anna · machine: deels", step, StringComparison.Ordinal);
        Assert.Contains("toezegging: nagekomen", step, StringComparison.Ordinal);
        Assert.DoesNotContain("status:", step, StringComparison.Ordinal);

        var changes = PageText.Of(await anna.Client.GetStringAsync("/nieuw?sinds=2026-03-01"));
        Assert.Contains("Toezegging: nog niet opgevolgd → nagekomen", changes, StringComparison.Ordinal);
        Assert.Contains("Status: toegezegd (ongewijzigd)", changes, StringComparison.Ordinal);
    }
}
