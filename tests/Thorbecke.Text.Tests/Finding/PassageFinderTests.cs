using Thorbecke.Core.Documents;
using Thorbecke.Text.Finding;

namespace Thorbecke.Text.Tests.Finding;

public sealed class PassageFinderTests
{
    /// <summary>The VNG's proposed text, as an adviser would paste it.</summary>
    private const string Requested =
        "Het Rijk compenseert gemeenten volledig voor de extra kosten van de jeugdzorg en stelt daarvoor structureel middelen beschikbaar in het gemeentefonds.";

    private static readonly Page Cover = new(1, "Samen sterker\nVerkiezingsprogramma 2026-2030\n\nVoorwoord van de lijsttrekker.");

    private static readonly Page Housing = new(2,
        "Wonen\n\nWij bouwen elk jaar duizenden sociale huurwoningen. Starters krijgen voorrang bij nieuwbouw en\n"
        + "gemeenten krijgen weer regie op de ruimtelijke ordening.");

    private static Page Youth(string paragraph) => new(3, "Jeugd\n\nKinderen verdienen een goede start. " + paragraph + "\nWachtlijsten pakken we samen met de regio aan.");

    private static IReadOnlyList<PassageHit> Find(params Page[] pages) => PassageFinder.Find(Requested, pages);

    [Fact]
    public void Should_find_the_passage_verbatim_despite_case_whitespace_accents_and_hyphenation_across_lines()
    {
        var youth = Youth("HET RIJK compenseert ge-\nmeenten   volledig voor de\nextra kosten van de jeugd-\nzorg, en stelt daarvoor structureel middelen beschikbaar in het gemeentefonds.");

        var hit = Assert.Single(Find(Cover, Housing, youth));

        Assert.Equal(PassageMatchKind.Verbatim, hit.Kind);
        Assert.Equal(3, hit.Page);
        Assert.Equal(1.0, hit.Score);
        Assert.StartsWith("HET RIJK compenseert ge-\nmeenten", hit.Quote, StringComparison.Ordinal);
        Assert.EndsWith("in het gemeentefonds.", hit.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_treat_accents_and_typographic_punctuation_as_the_same_text()
    {
        var page = new Page(4, "Wij willen een ‘coördinatieplicht’ voor het Rijk: één loket, één regeling.");

        var hit = Assert.Single(PassageFinder.Find("een 'coordinatieplicht' voor het rijk - een loket, een regeling", [page]));

        Assert.Equal(PassageMatchKind.Verbatim, hit.Kind);
        Assert.Equal("een ‘coördinatieplicht’ voor het Rijk: één loket, één regeling", hit.Quote);
    }

    [Fact]
    public void Should_find_a_paraphrase_with_the_words_reordered_and_some_replaced_by_synonyms()
    {
        var youth = Youth("In het gemeentefonds komen structureel middelen beschikbaar, zodat gemeenten de extra uitgaven voor jeugdzorg volledig vergoed krijgen van het Rijk.");

        var hit = Assert.Single(Find(Cover, Housing, youth));

        Assert.Equal(PassageMatchKind.Paraphrase, hit.Kind);
        Assert.Equal(3, hit.Page);
        Assert.InRange(hit.Score, 0.6, 0.99);
        Assert.Equal("gemeentefonds komen structureel middelen beschikbaar, zodat gemeenten de extra uitgaven voor jeugdzorg volledig vergoed krijgen van het Rijk", hit.Quote);
        Assert.Contains(hit.Marks, m => youth.Text.Substring(m.Start, m.Length) == "jeugdzorg");
    }

    [Fact]
    public void Should_find_nothing_in_an_unrelated_text()
    {
        Assert.Empty(Find(Cover, Housing, Youth("Sportverenigingen krijgen een vaste bijdrage voor hun kantine en het onderhoud van de velden.")));
    }

    [Fact]
    public void Should_not_call_a_page_that_only_shares_the_topic_a_paraphrase()
    {
        var youth = Youth("De jeugdzorg moet beter. Gemeenten werken samen in de regio en het Rijk houdt toezicht op de kwaliteit.");

        Assert.Empty(Find(youth));
    }

    [Fact]
    public void Should_quote_the_page_text_verbatim_and_point_at_it()
    {
        var pages = new[]
        {
            Youth("Het Rijk compenseert gemeenten volledig voor de extra kosten van de jeugdzorg en stelt daarvoor\nstructureel middelen beschikbaar in het gemeentefonds."),
            new Page(9, "Kortom: het Rijk betaalt de extra kosten van de jeugdzorg, en zet daarvoor structureel middelen in het gemeentefonds. Gemeenten worden volledig gecompenseerd."),
        };

        var hits = Find(pages);

        Assert.Equal([PassageMatchKind.Verbatim, PassageMatchKind.Paraphrase], hits.Select(h => h.Kind));
        foreach (var hit in hits)
        {
            var page = pages.Single(p => p.Number == hit.Page);
            Assert.Equal(page.Text.Substring(hit.Span.Start, hit.Span.Length), hit.Quote);
            Assert.All(hit.Marks, m => Assert.InRange(m.Start, hit.Span.Start, hit.Span.End - m.Length));
        }
    }

    [Fact]
    public void Should_not_find_a_word_inside_a_longer_word()
    {
        Assert.Empty(PassageFinder.Find("gemeente", [new Page(1, "De buurgemeente en de gemeentesecretaris.")]));
        Assert.Single(PassageFinder.Find("gemeente", [new Page(1, "De buurgemeente en de gemeente.")]));
    }

    [Fact]
    public void Should_keep_the_best_few_hits_with_verbatim_hits_first()
    {
        var pages = Enumerable.Range(1, 8).Select(n => n % 2 == 0
            ? new Page(n, Requested)
            : new Page(n, "Het Rijk compenseert gemeenten voor de kosten van de jeugdzorg met structureel middelen.")).ToList();

        var hits = PassageFinder.Find(Requested, pages, new PassageFinderOptions(MaxHits: 5));

        Assert.Equal(5, hits.Count);
        Assert.Equal([2, 4, 6, 8], hits.Take(4).Select(h => h.Page));
        Assert.Equal(PassageMatchKind.Paraphrase, hits[4].Kind);
    }

    /// <summary>
    /// The worst case for time (170 pages that all share the passage's words, so every page is scored in full) must
    /// still find the one page that holds the passage. Its timing is measured by benchmarks/passage-finder.cs.
    /// </summary>
    [Fact]
    public void Should_find_the_one_page_with_the_passage_among_many_pages_that_share_its_words()
    {
        var pages = PassageFinderWorstCase.Pages(170).ToList();
        pages[122] = new Page(123, pages[122].Text + " " + Requested);

        var hits = PassageFinder.Find(Requested, pages);

        Assert.Equal(PassageMatchKind.Verbatim, hits[0].Kind);
        Assert.Equal(123, hits[0].Page);
        Assert.Single(hits, h => h.Kind == PassageMatchKind.Verbatim);
    }
}
