using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Matching;
using Thorbecke.Testing.Documents;

namespace Thorbecke.Search.Tests.Matching;

public sealed class LexicalAskMatcherTests
{
    private static readonly Agenda Agenda = new("test", "Test", [
        new Ask("fin-1", "Financiën", "Schaf de opschalingskorting op het gemeentefonds af."),
        new Ask("jeugd-1", "Jeugd", "Investeer structureel in de jeugdzorg en geef gemeenten grip op de jeugdhulp."),
        new Ask("navo-1", "Veiligheid", "Investeer met de nieuwe NAVO-norm in robuuste voorzieningen en digitale weerbaarheid."),
        new Ask("stikstof-1", "Ruimte", "Los de stikstofcrisis op met een gebiedsgerichte aanpak voor boeren."),
    ]);

    private static Document Programme(params string[] pages) =>
        TestDocuments.Of([.. pages, string.Join("\n\n", OtherProgrammeChapters.Sentences.Take(8)), string.Join("\n\n", OtherProgrammeChapters.Sentences.Skip(8).Take(8))], "Hoofdstuk");

    /// <summary>A letter of one page: too few passages for BM25's word weights to mean anything.</summary>
    private static Document Letter(params string[] paragraphs)
    {
        var page = new Page(1, string.Join("\n\n", paragraphs));
        var passages = paragraphs.Select((p, i) => new Passage(i, 1, p, [])).ToList();
        return new Document(new DocumentInfo("letter1", "brief.pdf", new string('1', 64), "Kabinet", "letter", "Brief", null, 1), [page], passages);
    }

    private static readonly Document Sample = Programme(
        "Gemeenten verdienen vertrouwen.\n\nWij schaffen de opschalingskorting op het gemeentefonds af, zodat gemeenten weer kunnen investeren.",
        "Kinderen verdienen goede zorg.\n\nWij investeren structureel in de jeugdzorg. Gemeenten krijgen meer grip op de jeugdhulp.",
        "Veiligheid in een onrustige wereld.\n\nWij zijn tegen de nieuwe NAVO-norm voor defensie-uitgaven en investeren liever in digitale weerbaarheid van voorzieningen.");

    [Fact]
    public void Should_give_one_result_per_ask_in_agenda_order()
    {
        var results = new LexicalAskMatcher().Match(Agenda, Sample);

        Assert.Equal(Agenda.Asks.Select(a => a.Id), results.Select(r => r.Ask));
        Assert.All(results, r => Assert.InRange(r.Confidence, 0, 1));
        Assert.All(results, r => Assert.False(string.IsNullOrWhiteSpace(r.Rationale)));
    }

    [Fact]
    public void Should_quote_evidence_verbatim_from_the_page_it_names()
    {
        var results = new LexicalAskMatcher().Match(Agenda, Sample);

        foreach (var evidence in results.SelectMany(r => r.Evidence))
        {
            var page = Collapse(Sample.FindPage(evidence.Page)!.Text);
            Assert.Contains(evidence.Quote, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Should_find_the_page_where_the_ask_is_addressed()
    {
        var results = new LexicalAskMatcher().Match(Agenda, Sample).ToDictionary(r => r.Ask);

        Assert.Equal(1, results["fin-1"].Evidence[0].Page);
        Assert.Equal(2, results["jeugd-1"].Evidence[0].Page);
        Assert.NotEqual(Verdict.None, results["fin-1"].Verdict);
        Assert.NotEqual(Verdict.None, results["jeugd-1"].Verdict);
    }

    [Fact]
    public void Should_judge_an_explicit_rejection_as_oppose() =>
        Assert.Equal(Verdict.Oppose, new LexicalAskMatcher().Match(Agenda, Sample).Single(r => r.Ask == "navo-1").Verdict);

    [Fact]
    public void Should_judge_an_absent_topic_as_none_without_contradicting_itself()
    {
        var result = new LexicalAskMatcher().Match(Agenda, Sample).Single(r => r.Ask == "stikstof-1");

        Assert.Equal(Verdict.None, result.Verdict);
    }

    [Fact]
    public void Should_always_give_evidence_for_a_verdict_other_than_none()
    {
        var results = new LexicalAskMatcher().Match(Agenda, Sample);

        Assert.All(results.Where(r => r.Verdict != Verdict.None), r => Assert.NotEmpty(r.Evidence));
    }

    [Fact]
    public void Should_judge_a_short_letter_that_states_the_whole_ask_as_support()
    {
        var letter = Letter("Geachte Voorzitter,", "Het kabinet schaft de opschalingskorting op het gemeentefonds af.", "Hoogachtend, de minister.");

        var results = new LexicalAskMatcher().Match(Agenda, letter);

        Assert.Equal(Verdict.Support, results.Single(r => r.Ask == "fin-1").Verdict);
        Assert.Equal(Verdict.None, results.Single(r => r.Ask == "stikstof-1").Verdict);
    }

    [Fact]
    public void Should_judge_a_short_letter_that_mentions_only_a_word_of_the_ask_as_none()
    {
        var letter = Letter("Geachte Voorzitter,", "Gemeenten ontvangen binnenkort de meicirculaire.", "Hoogachtend, de minister.");

        Assert.Equal(Verdict.None, new LexicalAskMatcher().Match(Agenda, letter).Single(r => r.Ask == "jeugd-1").Verdict);
    }

    [Fact]
    public void Should_judge_a_short_letter_that_only_describes_the_topic_as_partial()
    {
        var letter = Letter("Geachte Voorzitter,", "De opschalingskorting op het gemeentefonds is onderwerp van gesprek.", "Hoogachtend, de minister.");

        Assert.Equal(Verdict.Partial, new LexicalAskMatcher().Match(Agenda, letter).Single(r => r.Ask == "fin-1").Verdict);
    }

    [Fact]
    public void Should_judge_a_short_letter_that_rejects_the_ask_as_oppose()
    {
        var letter = Letter("Geachte Voorzitter,", "Het kabinet schaft de opschalingskorting op het gemeentefonds niet af.", "Hoogachtend, de minister.");

        var result = new LexicalAskMatcher().Match(Agenda, letter).Single(r => r.Ask == "fin-1");
        Assert.True(result.Verdict == Verdict.Oppose, $"{result.Verdict}: {result.Rationale}");
    }

    [Fact]
    public void Should_be_deterministic()
    {
        var first = new LexicalAskMatcher().Match(Agenda, Sample);
        var second = new LexicalAskMatcher().Match(Agenda, Sample);

        Assert.Equal(first.Select(r => (r.Verdict, r.Confidence, string.Join("|", r.Evidence))), second.Select(r => (r.Verdict, r.Confidence, string.Join("|", r.Evidence))));
    }

    [Theory]
    [InlineData("fin-1", "Wij schaffen de opschalingskorting op het gemeentefonds af.", "Wij schaffen de opschalingskorting op het gemeentefonds niet af.")]
    [InlineData("fin-1", "Wij schaffen de opschalingskorting op het gemeentefonds af.", "Wij handhaven de opschalingskorting op het gemeentefonds.")]
    [InlineData("jeugd-1", "Wij investeren structureel in de jeugdzorg en geven gemeenten grip op de jeugdhulp.", "Wij investeren niet structureel in de jeugdzorg en geven gemeenten geen grip op de jeugdhulp.")]
    public void Should_judge_a_statement_and_its_negation_oppositely(string ask, string statement, string negation)
    {
        var forIt = new LexicalAskMatcher().Match(Agenda, Programme("Onze plannen.\n\n" + statement)).Single(r => r.Ask == ask);
        var againstIt = new LexicalAskMatcher().Match(Agenda, Programme("Onze plannen.\n\n" + negation)).Single(r => r.Ask == ask);

        Assert.Contains(forIt.Verdict, new[] { Verdict.Support, Verdict.Partial });
        Assert.Equal(Verdict.Oppose, againstIt.Verdict);
    }

    [Fact]
    public void Should_match_an_ask_longer_than_lucenes_clause_limit()
    {
        var words = Enumerable.Range(0, 900).Select(i => "beleidswoord" + new string((char)('a' + (i % 26)), 1 + (i / 26)));
        var agenda = new Agenda("lang", "Lang", [new Ask("lang-1", "Alles", "Investeer in de jeugdzorg en " + string.Join(' ', words) + ".")]);

        var result = new LexicalAskMatcher().Match(agenda, Sample).Single();

        Assert.Equal("lang-1", result.Ask);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
