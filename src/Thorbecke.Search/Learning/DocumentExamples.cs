using Thorbecke.Core.Documents;
using Thorbecke.Core.Text;

namespace Thorbecke.Search.Learning;

/// <summary>
/// Where the sentences of one document resemble reviewed evidence: for every quoted example sentence its most similar
/// sentence here, and for every passage the examples it resembles. Computed once per document through an inverted
/// index of the examples' grams, so the cost grows with the document, not with documents times examples.
/// </summary>
internal sealed class DocumentExamples
{
    /// <summary>Below this cosine a passage's likeness to an example is noise and is not kept.</summary>
    public const double Floor = 0.15;

    /// <summary>Shorter sentences (page numbers, stray words) resemble everything a little and nothing well.</summary>
    private const int ShortestSentence = 12;

    private readonly IReadOnlyList<LabelledCell> cells;
    private readonly int[] quoteCell;
    private readonly double[] bestOfQuote;
    private readonly int[] passageOfQuote;
    private readonly Dictionary<int, Dictionary<int, SentenceLikeness>> byPassage = [];

    private DocumentExamples(IReadOnlyList<LabelledCell> cells, int[] quoteCell)
    {
        this.cells = cells;
        this.quoteCell = quoteCell;
        bestOfQuote = new double[quoteCell.Length];
        passageOfQuote = Enumerable.Repeat(-1, quoteCell.Length).ToArray();
    }

    public static DocumentExamples Find(IReadOnlyList<Passage> passages, IReadOnlyList<LabelledCell> cells)
    {
        var quotes = cells.SelectMany((cell, c) => cell.Quotes.Select(q => (Cell: c, q.Text))).ToList();
        var found = new DocumentExamples(cells, quotes.Select(q => q.Cell).ToArray());
        if (quotes.Count == 0)
        {
            return found;
        }

        var sentences = passages
            .SelectMany(p => SentenceSplitter.Spans(p.Text)
                .Where(s => s.Length >= ShortestSentence)
                .Select(s => (Passage: p.Index, s.Start, s.Length, Grams: CharGrams.Count(p.Text.Substring(s.Start, s.Length)))))
            .ToList();
        var space = new GramSpace(sentences.Select(s => s.Grams).ToList());
        var postings = new Dictionary<ulong, List<(int Quote, float Weight)>>();
        for (var q = 0; q < quotes.Count; q++)
        {
            var vector = space.Vector(CharGrams.Count(quotes[q].Text));
            for (var k = 0; k < vector.Grams.Length; k++)
            {
                if (!postings.TryGetValue(vector.Grams[k], out var list))
                {
                    postings[vector.Grams[k]] = list = [];
                }

                list.Add((q, vector.Weights[k]));
            }
        }

        var sums = new double[quotes.Count];
        var touched = new List<int>();
        foreach (var sentence in sentences)
        {
            var vector = space.Vector(sentence.Grams);
            for (var k = 0; k < vector.Grams.Length; k++)
            {
                if (!postings.TryGetValue(vector.Grams[k], out var list))
                {
                    continue;
                }

                foreach (var (quote, weight) in list)
                {
                    if (sums[quote] == 0)
                    {
                        touched.Add(quote);
                    }

                    sums[quote] += weight * vector.Weights[k];
                }
            }

            foreach (var quote in touched)
            {
                found.Record(quote, sums[quote], new SentenceLikeness(sums[quote], sentence.Start, sentence.Length), sentence.Passage);
                sums[quote] = 0;
            }

            touched.Clear();
        }

        return found;
    }

    /// <summary>What this document shows of the examples of one ask and of the other asks of its theme.</summary>
    public AskExamples ForAsk(IReadOnlySet<LabelledCell> askCells, IReadOnlySet<LabelledCell> themeCells)
    {
        var bestOfCell = new Dictionary<LabelledCell, (double Similarity, int Passage)>();
        for (var q = 0; q < quoteCell.Length; q++)
        {
            var cell = cells[quoteCell[q]];
            if ((askCells.Contains(cell) || themeCells.Contains(cell)) && bestOfQuote[q] > bestOfCell.GetValueOrDefault(cell).Similarity)
            {
                bestOfCell[cell] = (bestOfQuote[q], passageOfQuote[q]);
            }
        }

        var passages = new Dictionary<int, IReadOnlyList<PassageLikeness>>();
        foreach (var (passage, likenesses) in byPassage)
        {
            var own = likenesses.Where(l => askCells.Contains(cells[quoteCell[l.Key]])).Select(l => new PassageLikeness(cells[quoteCell[l.Key]], l.Value)).ToList();
            if (own.Count > 0)
            {
                passages[passage] = own;
            }
        }

        AskExample Example(LabelledCell cell) => bestOfCell.TryGetValue(cell, out var best)
            ? new AskExample(cell, best.Similarity, best.Passage)
            : new AskExample(cell, 0, -1);
        return new AskExamples(askCells.Select(Example).ToList(), themeCells.Select(Example).ToList(), passages);
    }

    private void Record(int quote, double similarity, SentenceLikeness sentence, int passage)
    {
        if (similarity > bestOfQuote[quote])
        {
            bestOfQuote[quote] = similarity;
            passageOfQuote[quote] = passage;
        }

        if (similarity < Floor)
        {
            return;
        }

        if (!byPassage.TryGetValue(passage, out var likenesses))
        {
            byPassage[passage] = likenesses = [];
        }

        if (similarity > (likenesses.TryGetValue(quote, out var earlier) ? earlier.Similarity : 0))
        {
            likenesses[quote] = sentence;
        }
    }
}

/// <summary>How much a sentence (its span in the passage text) resembles an example quote.</summary>
internal sealed record SentenceLikeness(double Similarity, int Start, int Length);

/// <summary>A passage's likeness to one example cell, through its most similar sentence.</summary>
internal sealed record PassageLikeness(LabelledCell Cell, SentenceLikeness Sentence);
