using Thorbecke.Core.Documents;
using Thorbecke.Text.Stemming;
using Thorbecke.Text.Words;

namespace Thorbecke.Text.Finding;

/// <summary>
/// Finds where a requested passage (such as the VNG's proposed programme text) occurs in a document's pages:
/// verbatim, once case, accents, punctuation, whitespace and hyphenation are set aside, or paraphrased, as a
/// stretch of a page that shares most of the passage's content words in any order. Each page is searched on
/// its own, so a passage split over two pages is found as a paraphrase on the page with most of it.
/// </summary>
public static class PassageFinder
{
    /// <summary>The square of F-beta's beta: how much more recall counts than precision.</summary>
    private const double RecallWeight = 4;

    /// <summary>The best hits, verbatim ones first, then paraphrases by score; at most one paraphrase per page.</summary>
    public static IReadOnlyList<PassageHit> Find(string requested, IEnumerable<Page> pages, PassageFinderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(requested);
        ArgumentNullException.ThrowIfNull(pages);
        options ??= PassageFinderOptions.Default;

        var needle = FoldedText.Of(requested).Folded;
        if (needle.Length == 0)
        {
            return [];
        }

        var request = ContentWords(requested).Select(w => w.Stem).ToList();
        var wanted = request.ToHashSet(StringComparer.Ordinal);
        var paraphrase = wanted.Count >= options.MinParaphraseWords;
        var window = Math.Max(wanted.Count, (int)Math.Ceiling(request.Count * options.WindowSlack));
        var hits = new List<PassageHit>();
        foreach (var page in pages)
        {
            var verbatim = Verbatim(page, needle, requested);
            hits.AddRange(verbatim);
            if (verbatim.Count == 0 && paraphrase && Paraphrase(page, wanted, window, options.MinScore) is { } hit && hit.Score >= options.MinScore)
            {
                hits.Add(hit);
            }
        }

        return hits
            .OrderBy(h => h.Kind)
            .ThenByDescending(h => h.Score)
            .ThenBy(h => h.Page)
            .ThenBy(h => h.Span.Start)
            .Take(options.MaxHits)
            .ToList();
    }

    private static List<PassageHit> Verbatim(Page page, string needle, string requested)
    {
        var hits = new List<PassageHit>();
        var folded = FoldedText.Of(page.Text);
        for (var at = folded.Folded.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = folded.Folded.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var span = folded.SpanOf(at, needle.Length);
            if (!StartsWord(page.Text, span.Start) || !EndsWord(page.Text, span.End)
                || (hits.Count > 0 && span.Start < hits[^1].Span.End))
            {
                continue;
            }

            span = WithClosingPunctuation(page.Text, span, requested);
            hits.Add(new PassageHit(page.Number, span, page.Text.Substring(span.Start, span.Length), 1, PassageMatchKind.Verbatim, [span]));
        }

        return hits;
    }

    /// <summary>
    /// The page's best stretch: it starts and ends on a word the passage has, is at most <paramref name="window"/>
    /// content words long, and has the best weighted harmonic mean of the share of the passage's words it has (recall) and
    /// the share of its words the passage has (precision), recall counting most. A sliding count of shared words skips the starts that
    /// cannot beat the best so far, so a page costs about one pass unless it really resembles the passage.
    /// </summary>
    private static PassageHit? Paraphrase(Page page, HashSet<string> wanted, int window, double minScore)
    {
        var words = ContentWords(page.Text);

        // With every word of the stretch shared (precision 1), a score of s needs a recall of w s / (1 + w - s).
        var minShared = Math.Max(1, (int)Math.Ceiling(wanted.Count * RecallWeight * minScore / (1 + RecallWeight - minScore)));
        var best = (Start: -1, End: -1, Score: 0.0);
        var inWindow = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shared = 0;
        var end = 0;
        for (var start = 0; start < words.Count; start++)
        {
            for (; end < words.Count && end < start + window; end++)
            {
                if (wanted.Contains(words[end].Stem) && Increment(inWindow, words[end].Stem) == 1)
                {
                    shared++;
                }
            }

            if (!wanted.Contains(words[start].Stem))
            {
                continue;
            }

            if (shared >= minShared && Score(shared, wanted.Count, shared) > best.Score)
            {
                seen.Clear();
                var found = 0;
                for (var last = start; last < end; last++)
                {
                    var stem = words[last].Stem;
                    if (seen.Add(stem) && wanted.Contains(stem))
                    {
                        found++;
                    }

                    if (wanted.Contains(stem) && Score(found, wanted.Count, seen.Count) is var score && score > best.Score)
                    {
                        best = (start, last, score);
                    }
                }
            }

            if (Decrement(inWindow, words[start].Stem) == 0)
            {
                shared--;
            }
        }

        if (best.Start < 0)
        {
            return null;
        }

        var stretch = words.GetRange(best.Start, best.End - best.Start + 1);
        var span = new TextSpan(stretch[0].Word.Span.Start, stretch[^1].Word.Span.End - stretch[0].Word.Span.Start);
        var marks = stretch.Where(w => wanted.Contains(w.Stem)).Select(w => w.Word.Span).ToList();
        return new PassageHit(page.Number, span, page.Text.Substring(span.Start, span.Length), best.Score, PassageMatchKind.Paraphrase, marks);
    }

    /// <summary>
    /// The F2 score of recall (shared of wanted) and precision (shared of the stretch's distinct words): recall
    /// weighs four times as much, because a passage is found when most of it is there, with a few words between.
    /// </summary>
    private static double Score(int shared, int wanted, int distinct) => (1 + RecallWeight) * shared / ((RecallWeight * wanted) + distinct);

    private static List<(TextWord Word, string Stem)> ContentWords(string text) => TextWords.Of(text)
        .Where(w => w.Folded.Length > 1 && !DutchStopWords.Contains(w.Folded))
        .Select(w => (w, DutchStemmer.Stem(w.Folded)))
        .ToList();

    private static int Increment(Dictionary<string, int> counts, string key)
    {
        var count = counts.GetValueOrDefault(key) + 1;
        counts[key] = count;
        return count;
    }

    private static int Decrement(Dictionary<string, int> counts, string key)
    {
        var count = counts[key] - 1;
        counts[key] = count;
        return count;
    }

    /// <summary>A verbatim hit starts and ends on word boundaries: "gemeente" is not found inside "buurgemeente".</summary>
    private static bool StartsWord(string text, int start) => start == 0 || !char.IsLetterOrDigit(text[start - 1]);

    private static bool EndsWord(string text, int end) => end >= text.Length || !char.IsLetterOrDigit(text[end]);

    /// <summary>Takes in the full stop (or other closing mark) when the passage ends with one, so the quote reads as the sentence.</summary>
    private static TextSpan WithClosingPunctuation(string text, TextSpan span, string requested)
    {
        var trimmed = requested.TrimEnd();
        if (trimmed.Length == 0 || char.IsLetterOrDigit(trimmed[^1]))
        {
            return span;
        }

        var end = span.End;
        while (end < text.Length && end < span.End + 3 && text[end] is '.' or '!' or '?' or ';' or ':' or ')' or '"' or '\'' or '”' or '’' or '»')
        {
            end++;
        }

        return span with { Length = end - span.Start };
    }
}
