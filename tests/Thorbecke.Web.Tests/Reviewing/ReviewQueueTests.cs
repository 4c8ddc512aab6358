using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Thorbecke.Web.Pages;
using Thorbecke.Web.Reviewing;

namespace Thorbecke.Web.Tests.Reviewing;

/// <summary>The review queue at /beoordelen: unreviewed cells per ask, least certain first, with progress.</summary>
[Collection(QueueGroup.Name)]
public sealed partial class ReviewQueueTests(QueueFixture web)
{
    [Fact]
    public async Task Should_list_the_asks_by_their_least_certain_cell_and_the_cells_by_ascending_confidence()
    {
        var page = await Queue();

        (string, int)[] expected =
        [
            ("financien-01", 2), ("financien-01", 0), ("financien-01", 1), ("financien-01", 3),
            ("zorg-01", 3), ("zorg-01", 2), ("zorg-01", 1),
            ("wonen-02", 3), ("wonen-02", 1), ("wonen-02", 2),
            ("financien-02", 0), ("financien-02", 1), ("financien-02", 2), ("financien-02", 3),
            ("wonen-01", 1), ("wonen-01", 3), ("wonen-01", 0),
        ];
        Assert.Equal(expected, QueueOrder(page));
        Assert.Contains($"<a href=\"{QueueTestData.CellPath("financien-01", 2)}\">Groen Samen</a> ", page, StringComparison.Ordinal);
        Assert.Contains("zekerheid 20%</span></li>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_leave_out_reviewed_cells_however_unsure_the_machine_was()
    {
        var page = await Queue();

        Assert.DoesNotContain(QueueTestData.CellPath("wonen-02", 0), page, StringComparison.Ordinal);
        Assert.DoesNotContain(QueueTestData.CellPath("zorg-01", 0), page, StringComparison.Ordinal);
        Assert.DoesNotContain(QueueTestData.CellPath("wonen-01", 2), page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"ask-klimaat-01\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"leeg\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_the_progress_per_ask_and_per_document()
    {
        var page = await Queue();

        Assert.Contains("<span id=\"totaal\">7 van 24 beoordeeld</span>", page, StringComparison.Ordinal);
        Assert.Equal("1 van 4 beoordeeld", AskProgress(page, "wonen-02"));
        Assert.Equal("1 van 4 beoordeeld", AskProgress(page, "zorg-01"));
        Assert.Equal("0 van 4 beoordeeld", AskProgress(page, "financien-01"));
        Assert.Equal(("3 van 6 beoordeeld", "50%"), DocumentProgress(page, 0));
        Assert.Equal(("1 van 6 beoordeeld", "17%"), DocumentProgress(page, 1));
        Assert.Equal(("2 van 6 beoordeeld", "33%"), DocumentProgress(page, 2));
        Assert.Equal(("1 van 6 beoordeeld", "17%"), DocumentProgress(page, 3));
    }

    [Fact]
    public void Should_show_at_most_the_bound_and_say_how_many_more_wait()
    {
        var report = web.Store.LoadLatestReport()! with { Reviews = web.Store.CurrentReviews() };
        var context = new PageContext("anna", MayReview: true, new AntiforgeryTokenSet("token", "cookie", "__af", null));

        var page = ReviewQueuePage.Render(context, new ReportView(report), limit: 5);

        Assert.Equal([("financien-01", 2), ("financien-01", 0), ("financien-01", 1), ("financien-01", 3), ("zorg-01", 3)], QueueOrder(page));
        Assert.Contains("Nog 12 cellen niet getoond; de wachtrij toont de 5 minst zekere.", page, StringComparison.Ordinal);
        Assert.Contains("En nog 2 cellen van deze ask, verderop in de wachtrij.", page, StringComparison.Ordinal);
        Assert.Equal("1 van 4 beoordeeld", AskProgress(page, "zorg-01"));
    }

    [Fact]
    public async Task Should_be_linked_from_the_navigation_of_every_page()
    {
        using var vera = await Session.LogIn(web, "vera");

        var page = await vera.Client.GetStringAsync("/documenten");

        Assert.Contains("<a href=\"/beoordelen\">Beoordelen</a>", page, StringComparison.Ordinal);
    }

    private async Task<string> Queue()
    {
        using var anna = await Session.LogIn(web, "anna");
        return await anna.Client.GetStringAsync("/beoordelen");
    }

    /// <summary>The cells of the queue in page order, as (ask, index of the document in TestData).</summary>
    private static List<(string Ask, int Document)> QueueOrder(string page)
    {
        var documents = TestData.Documents.Select(d => d.Info.Id).ToList();
        var order = new List<(string, int)>();
        var ask = "";
        foreach (Match match in QueueItem().Matches(page))
        {
            if (match.Groups["ask"].Success)
            {
                ask = match.Groups["ask"].Value;
            }
            else
            {
                order.Add((ask, documents.IndexOf(match.Groups["document"].Value)));
            }
        }

        return order;
    }

    private static string AskProgress(string page, string ask) =>
        Regex.Match(page, $"id=\"ask-{Regex.Escape(ask)}\"[\\s\\S]*?<p class=\"queue-progress\">.*?<span>([^<]+)</span>").Groups[1].Value;

    private static (string Count, string Percent) DocumentProgress(string page, int document)
    {
        var row = Regex.Match(page, $"<tr data-document=\"{QueueTestData.DocumentId(document)}\">.*?<td class=\"num\">([^<]+)</td>.*?<p class=\"queue-bar\">.*?<span>([^<]+)</span>", RegexOptions.Singleline);
        return (row.Groups[1].Value, row.Groups[2].Value);
    }

    [GeneratedRegex("<section class=\"queue-ask\" id=\"[^\"]*\" data-ask=\"(?<ask>[^\"]+)\"|<li data-document=\"(?<document>[^\"]+)\"")]
    private static partial Regex QueueItem();
}
