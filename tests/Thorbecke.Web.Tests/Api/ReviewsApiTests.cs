using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Thorbecke.Web.Tests.Api;

[Collection(WebGroup.Name)]
public sealed class ReviewsApiTests(WebFixture web)
{
    private static string DocumentId(int index) => TestData.Documents[index].Info.Id;

    [Fact]
    public async Task Should_answer_401_without_a_session_instead_of_redirecting()
    {
        using var session = Session.Anonymous(web);

        Assert.Equal(HttpStatusCode.Unauthorized, (await session.Client.GetAsync("/api/results")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.Client.PostAsJsonAsync("/api/reviews", new { ask = "zorg-01", document = DocumentId(0), verdict = "support" })).StatusCode);
    }

    [Fact]
    public async Task Should_answer_403_to_a_viewer_and_store_nothing()
    {
        using var session = await Session.LogIn(web, "vera");

        var response = await session.Client.PostAsJsonAsync("/api/reviews", new { ask = "zorg-01", document = DocumentId(0), verdict = "oppose" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(web.Store.ReviewHistory("zorg-01", DocumentId(0)));
    }

    [Theory]
    [InlineData("geen-ask", 1, "support", "Onbekende ask")]
    [InlineData("zorg-01", -1, "support", "Onbekend document")]
    [InlineData("zorg-01", 1, "misschien", "Onbekend oordeel")]
    public async Task Should_answer_400_in_Dutch_to_an_unknown_ask_document_or_verdict(string ask, int document, string verdict, string message)
    {
        using var session = await Session.LogIn(web, "anna");

        var response = await session.Client.PostAsJsonAsync("/api/reviews", new { ask, document = document < 0 ? "0000000000000000" : DocumentId(document), verdict });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_quote_that_is_not_verbatim_on_its_page()
    {
        using var session = await Session.LogIn(web, "anna");

        var response = await session.Client.PostAsJsonAsync("/api/reviews", new
        {
            ask = "zorg-01",
            document = DocumentId(1),
            verdict = "oppose",
            evidence = new[] { new { page = 4, quote = "Dit staat er niet." } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("niet letterlijk op pagina 4", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_record_a_review_that_the_results_then_mark_and_refuse_a_stale_second_save_with_409()
    {
        using var anna = await Session.LogIn(web, "anna");
        using var bert = await Session.LogIn(web, "bert");
        var quote = TestData.Quote(2, "Zorg");

        var first = await anna.Client.PostAsJsonAsync("/api/reviews", new
        {
            ask = "zorg-01",
            document = DocumentId(2),
            verdict = "oppose",
            comment = "Eigen bijdrage blijft.",
            seenVersion = 0,
            evidence = new[] { new { page = 4, quote } },
        });
        var stale = await bert.Client.PostAsJsonAsync("/api/reviews", new { ask = "zorg-01", document = DocumentId(2), verdict = "support", seenVersion = 0 });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var conflict = (await stale.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.StartsWith("Iemand anders heeft deze cel intussen opgeslagen", conflict["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("anna", conflict["current"]!["reviewer"]!.GetValue<string>());

        using var results = JsonDocument.Parse(await anna.Client.GetStringAsync("/api/results"));
        var cell = results.RootElement.GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ask").GetString() == "zorg-01" && r.GetProperty("document").GetString() == DocumentId(2));
        Assert.Equal("oppose", cell.GetProperty("verdict").GetString());
        Assert.Equal("anna", cell.GetProperty("review").GetProperty("reviewer").GetString());
        Assert.Equal("Eigen bijdrage blijft.", cell.GetProperty("review").GetProperty("comment").GetString());
        Assert.Equal(quote, cell.GetProperty("review").GetProperty("evidence")[0].GetProperty("quote").GetString());
        Assert.Equal(TestData.CellCount, results.RootElement.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Should_answer_400_to_a_seen_version_the_cell_never_had()
    {
        using var session = await Session.LogIn(web, "anna");

        var response = await session.Client.PostAsJsonAsync("/api/reviews", new { ask = "wonen-02", document = DocumentId(2), verdict = "none", seenVersion = 7 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Versie 7 van deze cel bestaat niet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_json_review_sent_as_a_form()
    {
        using var session = await Session.LogIn(web, "anna");

        var response = await session.Client.PostAsync("/api/reviews", new FormUrlEncodedContent(new Dictionary<string, string> { ["ask"] = "zorg-01" }));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
