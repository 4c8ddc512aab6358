using Thorbecke.Core.Documents;

namespace Thorbecke.Core.Text;

/// <summary>
/// Finds where a requested passage (such as the VNG's proposed programme text) occurs in a document's pages:
/// verbatim, once case, accents, punctuation, whitespace and hyphenation are set aside, or paraphrased, as a
/// stretch of a page that shares most of the passage's content words in any order. Each page is searched on
/// its own, so a passage split over two pages is found as a paraphrase on the page with most of it.
/// </summary>
public static class PassageFinder
{
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
            if (verbatim.Count == 0 && paraphrase && Paraphrase(page, wanted, window) is { } hit && hit.Score >= options.MinScore)
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
    /// The page's best stretch: among windows of <paramref name="window"/> content words that start at a shared
    /// word, the one sharing the most distinct words, trimmed to its first and last shared word and scored as
    /// the harmonic mean of the share of the passage's words it has (recall) and of its words the passage has (precision).
    /// </summary>
    private static PassageHit? Paraphrase(Page page, HashSet<string> wanted, int window)
    {
        var words = ContentWords(page.Text);
        if (words.Count == 0)
        {
            return null;
        }

        var best = (Start: -1, Shared: 0);
        var inWindow = new Dictionary<string, int>(StringComparer.Ordinal);
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

            if (wanted.Contains(words[start].Stem) && shared > best.Shared)
            {
                best = (start, shared);
            }

            if (wanted.Contains(words[start].Stem) && Decrement(inWindow, words[start].Stem) == 0)
            {
                shared--;
            }
        }

        if (best.Start < 0)
        {
            return null;
        }

        var last = Math.Min(words.Count, best.Start + window) - 1;
        while (!wanted.Contains(words[last].Stem))
        {
            last--;
        }

        var stretch = words.GetRange(best.Start, last - best.Start + 1);
        var distinct = stretch.Select(w => w.Stem).Distinct(StringComparer.Ordinal).Count();
        var recall = (double)best.Shared / wanted.Count;
        var precision = (double)best.Shared / distinct;
        var score = 2 * recall * precision / (recall + precision);
        var span = new TextSpan(stretch[0].Word.Span.Start, stretch[^1].Word.Span.End - stretch[0].Word.Span.Start);
        var marks = stretch.Where(w => wanted.Contains(w.Stem)).Select(w => w.Word.Span).ToList();
        return new PassageHit(page.Number, span, page.Text.Substring(span.Start, span.Length), score, PassageMatchKind.Paraphrase, marks);
    }

    private static List<(TextWord Word, string Stem)> ContentWords(string text) => TextWords.Of(text)
        .Where(w => w.Folded.Length > 1 && !DutchStopWords.Contains(w.Folded))
        .Select(w => (w, LightDutchStemmer.Stem(w.Folded)))
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
