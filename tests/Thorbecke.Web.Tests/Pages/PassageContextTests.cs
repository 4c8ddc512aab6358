using Thorbecke.Core.Documents;
using Thorbecke.Text.Finding;
using Thorbecke.Web.Comparison;

namespace Thorbecke.Web.Tests.Pages;

public sealed class PassageContextTests
{
    [Fact]
    public void Should_show_the_hit_in_its_sentence_with_the_shared_words_marked_and_everything_encoded()
    {
        var page = new Page(1, "Inleiding <b>vet</b>. Het Rijk betaalt de <jeugdzorg> volledig & structureel. Volgende zin.");
        var hit = Assert.Single(PassageFinder.Find("het rijk betaalt de jeugdzorg volledig, structureel", [page]));

        var html = PassagePage.InContext(page.Text, hit);

        Assert.Equal(PassageMatchKind.Verbatim, hit.Kind);
        Assert.Equal("<mark>Het Rijk betaalt de &lt;jeugdzorg&gt; volledig &amp; structureel</mark>.", html);
    }

    [Fact]
    public void Should_mark_each_shared_word_of_a_paraphrase()
    {
        var page = new Page(1, "Het Rijk vergoedt de jeugdzorg volledig, structureel en zonder korting.");
        var hit = Assert.Single(PassageFinder.Find("Het Rijk betaalt de jeugdzorg structureel en volledig", [page]));

        var html = PassagePage.InContext(page.Text, hit);

        Assert.Equal(PassageMatchKind.Paraphrase, hit.Kind);
        Assert.Equal("Het <mark>Rijk</mark> vergoedt de <mark>jeugdzorg</mark> <mark>volledig</mark>, <mark>structureel</mark> en zonder korting.", html);
    }
}
