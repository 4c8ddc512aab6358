using System.Net;

namespace Thorbecke.Web.Tests.Reviewing;

/// <summary>A reviewer works through the last cells of the queue, each save leading to the next, until it is empty.</summary>
[Collection(QueueEndGroup.Name)]
public sealed class QueueWalkTests(QueueEndFixture web)
{
    [Fact]
    public async Task Should_lead_from_each_save_to_the_next_least_certain_cell_until_everything_is_reviewed()
    {
        using var anna = await Session.LogIn(web, "anna");
        var (first, second) = (QueueTestData.CellPath(QueueEndFixture.Left[0].Ask, QueueEndFixture.Left[0].Document), QueueTestData.CellPath(QueueEndFixture.Left[1].Ask, QueueEndFixture.Left[1].Document));
        var queue = await anna.Client.GetStringAsync("/beoordelen");
        Assert.True(queue.IndexOf(first, StringComparison.Ordinal) < queue.IndexOf(second, StringComparison.Ordinal), "The 20% cell comes before the 30% one.");

        var afterFirst = await Save(anna, first);
        Assert.Contains($"<a class=\"next\" href=\"{second}\">Volgende in de wachtrij →</a>", afterFirst, StringComparison.Ordinal);

        var afterSecond = await Save(anna, second);
        Assert.Contains("Er staat niets meer in de wachtrij: alles is beoordeeld.", afterSecond, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"next\"", afterSecond, StringComparison.Ordinal);

        var empty = await anna.Client.GetStringAsync("/beoordelen");
        Assert.Contains("<p class=\"lead notice\" id=\"leeg\">Alles is beoordeeld:", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"queue-ask\"", empty, StringComparison.Ordinal);
        Assert.Contains("<span id=\"totaal\">24 van 24 beoordeeld</span>", empty, StringComparison.Ordinal);
        Assert.Equal(TestData.Documents.Count, empty.Split("<td class=\"num\">6 van 6 beoordeeld</td>").Length - 1);
    }

    /// <summary>Confirms the machine's verdict through the cell page's form and returns the page the save leads to.</summary>
    private static async Task<string> Save(Session session, string cell)
    {
        var form = await session.Client.GetStringAsync(cell);
        var verdict = System.Text.RegularExpressions.Regex.Match(form, "name=\"oordeel\" value=\"([a-z]+)\" required checked").Groups[1].Value;
        var response = await session.PostForm(cell, new() { ["oordeel"] = verdict, ["gezien"] = "0" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await session.Client.GetStringAsync(response.Headers.Location!.ToString());
    }
}
