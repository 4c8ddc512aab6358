using Thorbecke.Core.Agendas;
using Thorbecke.Core.Text;
using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Matching;
using Thorbecke.Testing.Documents;

namespace Thorbecke.Search.Tests.Matching;

/// <summary>
/// A quote is the whole sentence that carries the verdict, verbatim from its page once whitespace is collapsed,
/// not the fragment of it that fits one printed line.
/// </summary>
public sealed class QuoteSelectionTests
{
    private const string AbolishScalingCut = "formatie-01";

    private static readonly Agenda Vng = BuiltInAgendas.Find(BuiltInAgendas.Vng2025)!;

    [Fact]
    public void Should_quote_a_sentence_over_two_printed_lines_whole_with_its_hyphenated_break_as_printed()
    {
        var page = "Gemeenten in de knel.\n\nDaarom schaffen wij de opschalingskorting op het gemeentefonds\n"
            + "volledig af, zodat gemeenten weer kunnen investe-\nren in hun inwoners. Zo houden we de zorg dichtbij.";

        var evidence = Result(page).Evidence[0];

        Assert.Equal(
            "Daarom schaffen wij de opschalingskorting op het gemeentefonds volledig af, zodat gemeenten weer kunnen investe- ren in hun inwoners.",
            evidence.Quote);
        Assert.Equal(1, evidence.Page);
        Assert.Contains(evidence.Quote, Whitespace.Collapse(page), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_cut_a_very_long_sentence_at_a_word_boundary_without_adding_characters()
    {
        var tail = string.Join(", ", Enumerable.Range(1, 40).Select(i => $"gemeente nummer {i} krijgt het geld terug"));
        var sentence = "Wij schaffen de opschalingskorting op het gemeentefonds af, zodat " + tail + ".";
        var page = "Gemeenten in de knel.\n\n" + sentence;

        var quote = Result(page).Evidence[0].Quote;

        Assert.InRange(quote.Length, 200, new MatcherOptions().MaxQuoteLength);
        Assert.StartsWith("Wij schaffen de opschalingskorting", quote, StringComparison.Ordinal);
        Assert.StartsWith(quote + " ", sentence, StringComparison.Ordinal);
    }

    private static AskResult Result(string page)
    {
        var programme = TestDocuments.Of([page, .. OtherProgrammeChapters.Sentences.Chunk(2).Select(chunk => string.Join("\n\n", chunk))]);
        return new LexicalAskMatcher().Match(Vng, programme).Single(r => r.Ask == AbolishScalingCut);
    }
}
