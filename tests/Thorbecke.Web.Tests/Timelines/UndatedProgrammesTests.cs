using Thorbecke.Web.Tests.Reviewing;

namespace Thorbecke.Web.Tests.Timelines;

/// <summary>An election's undated programmes have nothing to put in order: their ask pages and document list stay as they were.</summary>
public sealed class UndatedProgrammesTests(RelearnFixture web) : IClassFixture<RelearnFixture>
{
    [Fact]
    public async Task Should_show_no_timeline_when_every_document_is_an_undated_programme()
    {
        using var vera = await Session.LogIn(web, "vera");

        var ask = await vera.Client.GetStringAsync($"/vragen/{RelearnFixture.Ask}");
        var documents = await vera.Client.GetStringAsync("/documenten");

        Assert.DoesNotContain("id=\"tijdlijn\"", ask, StringComparison.Ordinal);
        Assert.Contains("Partij A", ask, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/memo.docx?vraag={RelearnFixture.Ask}\">Word</a>", ask, StringComparison.Ordinal);
        Assert.DoesNotContain("<th>Datum</th>", documents, StringComparison.Ordinal);
    }
}
