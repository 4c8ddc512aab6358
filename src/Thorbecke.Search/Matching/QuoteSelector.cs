namespace Thorbecke.Search.Matching;

/// <summary>
/// Picks the quote of a passage for an ask: the part of the best sentence (preferably one that names the ask's
/// subject) that lies on one printed line.
/// A line is the largest unit that every text extractor (ours, pdftotext, a PDF viewer's search) reproduces
/// in the same order, so a reviewer can always find the quote on the page; the report shows the context.
/// </summary>
internal sealed class QuoteSelector(int maxLength)
{
    private const int ShortLine = 40;

    public QuoteChoice Select(AnalyzedPassage passage, AskQuery query)
    {
        var text = passage.Passage.Text;
        var sentence = Best(passage.Sentences, query);
        if (sentence is null)
        {
            return new QuoteChoice(Clean(text), Clean(text), 0, passage.Terms);
        }

        var sentenceCoverage = query.Coverage(sentence.Terms);
        var sentenceText = Clean(text.Substring(sentence.Start, sentence.Length));
        var sentenceEnd = sentence.Start + sentence.Length;
        var lines = passage.Lines.Where(l => l.Start < sentenceEnd && l.Start + l.Length > sentence.Start).ToList();
        var line = lines.Count <= 1 ? lines.FirstOrDefault() : Best(lines, query);
        if (line is null)
        {
            return new QuoteChoice(sentenceText, sentenceText, sentenceCoverage, sentence.Terms);
        }

        if (line.Length < ShortLine && lines.Count > 1)
        {
            line = lines.MaxBy(l => l.Length)!;
        }

        // The sentence's part of the line; a part too short to read on its own becomes the whole line.
        var (start, end) = (Math.Max(line.Start, sentence.Start), Math.Min(line.Start + line.Length, sentenceEnd));
        if (end - start < ShortLine)
        {
            (start, end) = (line.Start, line.Start + line.Length);
        }

        return new QuoteChoice(Clean(WithoutBrokenWordAtEnd(text[start..end])), sentenceText, sentenceCoverage, sentence.Terms);
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

    /// <summary>A word hyphenated at the line end is joined by some extractors; leave its first half out.</summary>
    private static string WithoutBrokenWordAtEnd(string line)
    {
        var trimmed = line.TrimEnd();
        if (!trimmed.EndsWith('-') && !trimmed.EndsWith('\u00AD'))
        {
            return line;
        }

        var lastSpace = trimmed.LastIndexOf(' ');
        return lastSpace > 0 ? trimmed[..lastSpace] : trimmed;
    }

    private string Clean(string quote)
    {
        var collapsed = string.Join(' ', quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimStart('•', '▪', '●', '–', '-', '*', '›', ' ');
        if (collapsed.Length <= maxLength)
        {
            return collapsed;
        }

        var cut = collapsed.LastIndexOf(' ', maxLength);
        return collapsed[..(cut > 0 ? cut : maxLength)];
    }
}

/// <summary>The quote to show, the whole sentence it comes from (where stance is read), how much of the ask that sentence covers, and its terms.</summary>
internal sealed record QuoteChoice(string Quote, string Sentence, double Coverage, IReadOnlySet<string> SentenceTerms);
