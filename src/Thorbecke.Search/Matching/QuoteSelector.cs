namespace Thorbecke.Search.Matching;

/// <summary>
/// Picks the quote of a passage for an ask: the whole best sentence, preferably one that names the ask's subject,
/// so a reviewer reads the claim that carries the verdict rather than a fragment of one printed line.
/// The quote is a substring of the passage text with its whitespace collapsed, so it stays verbatim on the page;
/// a sentence longer than the maximum is cut at a word boundary and nothing is added.
/// </summary>
internal sealed class QuoteSelector(int maxLength)
{
    public QuoteChoice Select(AnalyzedPassage passage, AskQuery query) => Choose(passage, query, Best(passage.Sentences, query));

    /// <summary>The sentence that starts at <paramref name="start"/> (one that resembles reviewed evidence), or the best one.</summary>
    public QuoteChoice SelectAt(AnalyzedPassage passage, AskQuery query, int start) =>
        Choose(passage, query, passage.Sentences.FirstOrDefault(s => s.Start == start) ?? Best(passage.Sentences, query));

    private QuoteChoice Choose(AnalyzedPassage passage, AskQuery query, AnalyzedSentence? sentence)
    {
        var text = passage.Passage.Text;
        if (sentence is null)
        {
            return new QuoteChoice(Clean(text), Clean(text), 0, passage.Terms);
        }

        var sentenceText = Clean(text.Substring(sentence.Start, sentence.Length));
        return new QuoteChoice(sentenceText, sentenceText, query.Coverage(sentence.Terms), sentence.Terms);
    }

    private static AnalyzedSentence? Best(IReadOnlyList<AnalyzedSentence> spans, AskQuery query)
    {
        AnalyzedSentence? best = null;
        var bestCoverage = -1.0;
        foreach (var span in spans)
        {
            // A sentence that names the ask's subject beats one that only shares its wider words.
            var coverage = query.Coverage(span.Terms) + (query.NamesSubject(span.Terms) ? 1 : 0);
            if (coverage > bestCoverage)
            {
                (best, bestCoverage) = (span, coverage);
            }
        }

        return best;
    }

    private string Clean(string quote)
    {
        var collapsed = string.Join(' ', quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimStart('•', '▪', '●', '–', '-', '*', '›', ' ');
        if (collapsed.Length <= maxLength)
        {
            return collapsed;
        }

        var cut = collapsed.LastIndexOf(' ', maxLength);
        return WithoutBrokenWordAtEnd(collapsed[..(cut > 0 ? cut : maxLength)]);
    }

    /// <summary>A cut that ends in the first half of a hyphenated word leaves that half out.</summary>
    private static string WithoutBrokenWordAtEnd(string quote)
    {
        if (!quote.EndsWith('-') && !quote.EndsWith('\u00AD'))
        {
            return quote;
        }

        var lastSpace = quote.LastIndexOf(' ');
        return lastSpace > 0 ? quote[..lastSpace] : quote;
    }
}

/// <summary>The quote to show, the whole sentence it comes from (where stance is read), how much of the ask that sentence covers, and its terms.</summary>
internal sealed record QuoteChoice(string Quote, string Sentence, double Coverage, IReadOnlySet<string> SentenceTerms);
