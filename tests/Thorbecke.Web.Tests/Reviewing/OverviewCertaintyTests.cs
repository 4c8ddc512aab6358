using System.Text.RegularExpressions;

namespace Thorbecke.Web.Tests.Reviewing;

/// <summary>The overview's filter on the machine's confidence, and the explanation wherever the confidence shows.</summary>
[Collection(QueueGroup.Name)]
public sealed partial class OverviewCertaintyTests(QueueFixture web)
{
    /// <summary>Not reviewed and below 70%: zorg-01 in the first document was at 10% but is reviewed, financien-02 at exactly 70% is sure.</summary>
    private static readonly (string Ask, int Document)[] NeedsReview =
    [
        ("wonen-02", 1), ("wonen-02", 3),
        ("financien-01", 0), ("financien-01", 1), ("financien-01", 2),
        ("financien-02", 0), ("financien-02", 1), ("financien-02", 2),
        ("zorg-01", 3),
    ];

    [Fact]
    public async Task Should_show_only_unreviewed_cells_below_the_threshold_when_na_te_kijken_is_chosen()
    {
        var page = await Get("/?zekerheid=na-te-kijken");

        Assert.Equal(NeedsReview.Order(), ShownCells(page).Order());
        Assert.Contains("9 van 24 cellen getoond.", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"na-te-kijken\" selected>Na te kijken (9)</option>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-ask=\"klimaat-01\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-ask=\"wonen-01\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_reviewed_cells_and_cells_at_or_above_the_threshold_when_zeker_is_chosen()
    {
        var page = await Get("/?zekerheid=zeker");

        var shown = ShownCells(page);
        Assert.Equal(QueueTestData.AllCells.Except(NeedsReview).Order(), shown.Order());
        Assert.Contains(("zorg-01", 0), shown);
        Assert.Contains(("financien-02", 3), shown);
        Assert.Contains("15 van 24 cellen getoond.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_every_cell_and_count_both_choices_without_a_choice()
    {
        var page = await Get("/");

        Assert.Equal(24, ShownCells(page).Count);
        Assert.Contains("<option value=\"na-te-kijken\">Na te kijken (9)</option><option value=\"zeker\">Zeker (15)</option>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_combine_the_certainty_with_the_review_filter()
    {
        var page = await Get("/?zekerheid=zeker&beoordeeld=nee");

        // Unreviewed and sure: the machine's own 70% and above.
        Assert.Equal(8, ShownCells(page).Count);
        Assert.DoesNotContain(("zorg-01", 0), ShownCells(page));
    }

    [Fact]
    public async Task Should_explain_the_confidence_on_the_overview_ask_and_cell_pages()
    {
        const string Meaning = "hoe vaak oordelen zoals dit in de kruisvalidatie juist waren";
        var overview = await Get("/");
        var ask = await Get("/vragen/financien-01");
        var cell = await Get(QueueTestData.CellPath("financien-01", 2));

        Assert.Contains($"zekerheid 20% ({Meaning})\"", overview, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"conf\" title=\"Zekerheid: {Meaning}.\">zekerheid machine 20%</span>", ask, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"conf\" title=\"Zekerheid: {Meaning}.\">zekerheid 20%</span>", cell, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"hint\" id=\"zekerheid-uitleg\">Zekerheid: {Meaning}.</p>", cell, StringComparison.Ordinal);
    }

    private async Task<string> Get(string path)
    {
        using var vera = await Session.LogIn(web, "vera");
        return await vera.Client.GetStringAsync(path);
    }

    /// <summary>The matrix cells the filter shows (not dimmed), as (ask, index of the document in TestData).</summary>
    private static List<(string Ask, int Document)> ShownCells(string page)
    {
        var documents = TestData.Documents.Select(d => d.Info.Id).ToList();
        return MatrixCell().Matches(page)
            .Where(m => !m.Groups["classes"].Value.Contains(" dim", StringComparison.Ordinal))
            .Select(m => (m.Groups["ask"].Value, documents.IndexOf(m.Groups["document"].Value)))
            .ToList();
    }

    [GeneratedRegex("<td class=\"(?<classes>cell [^\"]*)\" data-ask=\"(?<ask>[^\"]+)\" data-document=\"(?<document>[^\"]+)\"")]
    private static partial Regex MatrixCell();
}
