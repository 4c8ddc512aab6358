using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Finance.Amounts;
using Thorbecke.Text.Sentences;
using Thorbecke.Text.Words;

namespace Thorbecke.MoneyMentions;

/// <summary>
/// Finds the amounts of money a document ties to municipalities and their funds ("€ 1 miljard extra voor
/// gemeenten", "we schaffen de opschalingskorting af (€ 675 miljoen)"), sentence by sentence, and reads for
/// each how often, from when, which way and for what, and which of the agenda's financial asks it concerns.
/// </summary>
public sealed class MoneyMentionFinder(MoneyMentionOptions? options = null)
{
    private const int ClausePenalty = 5;

    private readonly MoneyMentionOptions options = options ?? MoneyMentionOptions.Default;

    /// <summary>The mentions in <paramref name="document"/>, in document order.</summary>
    public IReadOnlyList<MoneyMention> Find(Document document, Agenda agenda)
    {
        using var linker = new FinancialAskLinker(agenda, options);
        var mentions = new List<MoneyMention>();
        foreach (var passage in document.Passages)
        {
            foreach (var (start, length) in SentenceSplitter.Spans(passage.Text))
            {
                var quote = passage.Text.Substring(start, length);
                if (quote.Any(char.IsDigit) || quote.Contains("miljo", StringComparison.OrdinalIgnoreCase) || quote.Contains("miljard", StringComparison.OrdinalIgnoreCase))
                {
                    mentions.AddRange(InSentence(document.Info.Id, passage, quote, linker));
                }
            }
        }

        return mentions;
    }

    private IEnumerable<MoneyMention> InSentence(string documentId, Passage passage, string quote, FinancialAskLinker linker)
    {
        // Cues are read on the search form, where words broken over lines are whole again; the quote stays verbatim.
        var text = SearchText.Normalize(quote);
        var amounts = DutchAmountScanner.FindAll(text);
        if (amounts.Count == 0)
        {
            yield break;
        }

        var sentence = SentenceWords.Of(text);
        var municipal = MunicipalTerms.Municipal.Occurrences(sentence).ToList();
        if (municipal.Count == 0)
        {
            yield break;
        }

        var others = MunicipalTerms.OtherDomains.Occurrences(sentence).ToList();
        IReadOnlyList<string>? links = null;
        foreach (var amount in amounts)
        {
            var range = sentence.WordRange(amount.Start, amount.End);
            if (!MoneyAmountRule.IsMoney(amount, sentence, range, options.MinimumEuros)
                || Nearest(sentence, municipal, range) is not { } term
                || term.Words > options.MaxTermDistance
                || (Nearest(sentence, others, range) is { } other && other.Score < term.Score))
            {
                continue;
            }

            var relevance = sentence.TextOf(term.First, term.Last);
            var (from, to) = YearRangeReader.Read(text, amount.Start, amount.End);
            links ??= linker.Link(VocabularyWords(sentence));
            yield return new MoneyMention(
                documentId,
                passage.Page,
                passage.Index,
                quote,
                text.Substring(amount.Start, amount.Length),
                amount.Amount,
                RecurrenceReader.Read(sentence, range, options.MaxCueDistance),
                from,
                to,
                DirectionReader.Read(sentence, range, options.MaxCueDistance, amount.Amount.IsNegative),
                TopicReader.Read(sentence, range, amount.End, options.MaxCueDistance, municipal, relevance),
                relevance,
                links);
        }
    }

    /// <summary>
    /// The words of the sentence that name what its money is about: municipal words and words of more or less
    /// (bezuinigen, korting). Words every money sentence has ("financiering", "structureel", "kosten") are left
    /// out: they linked "structurele financiering" of the warmtetransitie to the ask about jeugdzorg's.
    /// </summary>
    private static IEnumerable<string> VocabularyWords(SentenceWords sentence) =>
        new[] { MunicipalTerms.Municipal, DirectionReader.CutVocabulary }
            .SelectMany(list => list.Occurrences(sentence))
            .SelectMany(o => sentence.Words.Skip(o.First).Take(o.Last - o.First + 1))
            .Select(w => w.Text)
            .Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The occurrence nearest to the amount, where a comma, bracket or semicolon in between counts as
    /// <see cref="ClausePenalty"/> words more (<c>Score</c>): a term in the amount's own clause is what the amount
    /// is about. <c>Words</c> is the plain number of words in between.
    /// </summary>
    private static (int First, int Last, int Words, int Score)? Nearest(SentenceWords sentence, IEnumerable<(int First, int Last)> occurrences, (int First, int Last) range) =>
        occurrences
            .Select(o => (o.First, o.Last, Words: sentence.Distance(o, range, 0), Score: sentence.Distance(o, range, ClausePenalty)))
            .OrderBy(o => o.Score)
            .Cast<(int, int, int, int)?>()
            .FirstOrDefault();
}
