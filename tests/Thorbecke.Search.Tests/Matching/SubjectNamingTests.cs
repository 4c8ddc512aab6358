using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Matching;
using Thorbecke.Testing.Documents;

namespace Thorbecke.Search.Tests.Matching;

/// <summary>
/// A side is taken only in sentences that name the ask's subject: a programme that speaks of "bezuinigingen" and
/// "minder geld voor gemeenten" does not support "Schaf de opschalingskorting af", one that names it can.
/// </summary>
public sealed class SubjectNamingTests
{
    private const string AbolishScalingCut = "formatie-01";

    private static readonly Agenda Vng = BuiltInAgendas.Find(BuiltInAgendas.Vng2025)!;

    [Fact]
    public void Should_not_support_the_abolition_of_a_cut_the_programme_never_names()
    {
        var programme = Programme(
            "Bezuinigingen op gemeenten.\n\nWij schaffen de bezuinigingen op gemeenten af: geen korting, geen kortingen, geen bezuiniging meer. Minder geld voor gemeenten en nieuwe bezuinigingen schaffen wij af.",
            "Minder geld voor gemeenten is onverstandig.\n\nWij willen af van de bezuinigingen en de kortingen, zodat gemeenten niet minder geld krijgen.");

        var result = Result(programme);

        Assert.NotEqual(Verdict.Support, result.Verdict);
        Assert.NotEqual(Verdict.Oppose, result.Verdict);
        Assert.Contains("(opschalingskorting) nergens", result.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_still_support_the_abolition_when_the_programme_names_the_cut()
    {
        var programme = Programme(
            "Gemeenten in de knel.\n\nWij schaffen de opschalingskorting af. De kortingen van het Rijk moeten stoppen.",
            "Minder geld voor gemeenten is onverstandig.\n\nWij willen af van de opschalingskorting, zodat gemeenten niet minder geld krijgen.");

        var result = Result(programme);

        var zeroShot = Result(programme, LexicalAskMatcher.ZeroShotJudge(new MatcherOptions()));
        var learned = Result(programme);

        Assert.Equal(Verdict.Support, zeroShot.Verdict);
        Assert.Contains(zeroShot.Evidence.Take(3), e => e.Quote.Contains("opschalingskorting", StringComparison.Ordinal));
        // The reviewed programmes never abolished it outright, so the learned judge may say less, but never that it is not addressed.
        Assert.NotEqual(Verdict.None, learned.Verdict);
        Assert.Contains(learned.Evidence.Take(3), e => e.Quote.Contains("opschalingskorting", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_quote_the_sentence_that_names_the_subject_rather_than_one_that_covers_more_related_words()
    {
        // "gemeentefonds" is shared by three asks, "opschalingskorting" is this ask's own: its subject.
        var agenda = new Agenda("test", "Test", [
            new Ask("fin-1", "Financiën", "Schaf de opschalingskorting op het gemeentefonds af."),
            new Ask("fin-2", "Financiën", "Laat het gemeentefonds meegroeien met de kosten."),
            new Ask("fin-3", "Financiën", "Geef het gemeentefonds meerjarige zekerheid."),
            .. Enumerable.Range(1, 6).Select(i => new Ask($"other-{i}", "Overig", OtherProgrammeChapters.Sentences[i])),
        ]);
        var programme = Programme(
            "Gemeenten in de knel.\n\nHet gemeentefonds mag niet krimpen door kortingen en bezuinigingen. Ook de opschalingskorting moet volgens ons helemaal verdwijnen.");

        var quote = new LexicalAskMatcher().Match(agenda, programme).Single(r => r.Ask == "fin-1").Evidence[0].Quote;

        Assert.Equal("Ook de opschalingskorting moet volgens ons helemaal verdwijnen.", quote);
    }

    private static AskResult Result(Document programme, Search.Judging.IVerdictJudge? judge = null) =>
        new LexicalAskMatcher(judge: judge).Match(Vng, programme).Single(r => r.Ask == AbolishScalingCut);

    /// <summary>The given pages followed by other chapters, so the programme has the spread of a real one.</summary>
    private static Document Programme(params string[] pages) =>
        TestDocuments.Of([.. pages, .. OtherProgrammeChapters.Sentences.Chunk(2).Select(chunk => string.Join("\n\n", chunk))]);
}
