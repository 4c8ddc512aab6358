using Thorbecke.Core.Documents;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Tests.Pages;

/// <summary>A quote is shown marked in the passage it comes from, so its sentence can be judged in its paragraph.</summary>
public sealed class QuoteContextTests
{
    private static readonly Document Programme = new(
        new DocumentInfo("0123456789abcdef", "p.pdf", "00", "Partij", "programme", "Programma", null, 2),
        [new Page(1, "Gemeenten"), new Page(2, "Financiën")],
        [
            new Passage(0, 1, "Wij schaffen de opschalingskorting af.", ["Gemeenten"]),
            new Passage(1, 2, "Gemeenten & provincies <krijgen> meer ruimte. Wij schaffen de\nopschalingskorting af. Zo blijft het lokaal.", ["Financiën"]),
        ]);

    [Fact]
    public void Should_mark_the_quote_in_its_passage_on_its_page_across_a_line_break_and_encode_the_rest()
    {
        var html = QuoteContext.Html(Programme, 2, "Wij schaffen de opschalingskorting af.");

        Assert.Equal("Gemeenten &amp; provincies &lt;krijgen&gt; meer ruimte. <mark>Wij schaffen de\nopschalingskorting af.</mark> Zo blijft het lokaal.", html);
    }

    [Fact]
    public void Should_give_nothing_for_a_quote_that_is_not_on_its_page()
    {
        Assert.Null(QuoteContext.Html(Programme, 1, "Zo blijft het lokaal."));
        Assert.Null(QuoteContext.Html(Programme, 2, "   "));
    }

    [Fact]
    public void Should_shorten_a_long_passage_around_the_quote_at_word_boundaries()
    {
        var before = string.Join(' ', Enumerable.Repeat("woord", 100));
        var document = Programme with { Passages = [new Passage(0, 1, $"{before} Kern van de zaak. {before}", [])] };

        var html = QuoteContext.Html(document, 1, "Kern van de zaak.")!;

        Assert.StartsWith("… woord", html, StringComparison.Ordinal);
        Assert.EndsWith("woord …", html, StringComparison.Ordinal);
        Assert.Contains(" <mark>Kern van de zaak.</mark> ", html, StringComparison.Ordinal);
        Assert.True(html.Length < 600, html);
    }
}
