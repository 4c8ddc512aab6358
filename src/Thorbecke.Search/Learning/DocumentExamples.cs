using Thorbecke.Core.Documents;
using Thorbecke.Text.Sentences;

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
    private Dictionary<LabelledCell, CellLikeness>? byCell;

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
                found.Record(quote, sums[quote], sentence.Start, sentence.Length, sentence.Passage);
                sums[quote] = 0;
            }

            touched.Clear();
        }

        return found;
    }

    /// <summary>What this document shows of the examples of one ask and of the other asks of its theme.</summary>
    public AskExamples ForAsk(IReadOnlySet<LabelledCell> askCells, IReadOnlySet<LabelledCell> themeCells)
    {
        var byCell = ByCell();
        var passages = new Dictionary<int, List<PassageLikeness>>();
        foreach (var cell in askCells)
        {
            foreach (var (passage, sentence) in byCell.GetValueOrDefault(cell)?.Passages ?? [])
            {
                if (!passages.TryGetValue(passage, out var list))
                {
                    passages[passage] = list = [];
                }

                list.Add(new PassageLikeness(cell, sentence));
            }
        }

        AskExample Example(LabelledCell cell) => byCell.GetValueOrDefault(cell) is { } found
            ? new AskExample(cell, found.Similarity, found.Passage)
            : new AskExample(cell, 0, -1);
        return new AskExamples(
            askCells.Select(Example).ToList(),
            themeCells.Select(Example).ToList(),
            passages.ToDictionary(p => p.Key, p => (IReadOnlyList<PassageLikeness>)p.Value));
    }

    /// <summary>Per example cell, its best likeness and the passages that resemble it; gathered once, asked for every ask.</summary>
    private Dictionary<LabelledCell, CellLikeness> ByCell()
    {
        if (byCell is not null)
        {
            return byCell;
        }

        byCell = new Dictionary<LabelledCell, CellLikeness>(ReferenceEqualityComparer.Instance);
        CellLikeness Of(int quote) => byCell.TryGetValue(cells[quoteCell[quote]], out var found) ? found : byCell[cells[quoteCell[quote]]] = new CellLikeness();
        for (var q = 0; q < quoteCell.Length; q++)
        {
            var cell = Of(q);
            if (bestOfQuote[q] > cell.Similarity)
            {
                (cell.Similarity, cell.Passage) = (bestOfQuote[q], passageOfQuote[q]);
            }
        }

        foreach (var (passage, likenesses) in byPassage.OrderBy(p => p.Key))
        {
            foreach (var (quote, sentence) in likenesses.OrderBy(l => l.Key))
            {
                var passagesOfCell = Of(quote).Passages;
                var earlier = passagesOfCell.FindIndex(p => p.Passage == passage);
                if (earlier < 0)
                {
                    passagesOfCell.Add((passage, sentence));
                }
                else if (sentence.Similarity > passagesOfCell[earlier].Sentence.Similarity)
                {
                    passagesOfCell[earlier] = (passage, sentence);
                }
            }
        }

        return byCell;
    }

    /// <summary>What one example cell found in the document.</summary>
    private sealed class CellLikeness
    {
        public double Similarity { get; set; }

        public int Passage { get; set; } = -1;

        public List<(int Passage, SentenceLikeness Sentence)> Passages { get; } = [];
    }

    /// <remarks>Called for every sentence and every example it shares a gram with: only a likeness worth keeping allocates.</remarks>
    private void Record(int quote, double similarity, int start, int length, int passage)
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
            likenesses[quote] = new SentenceLikeness(similarity, start, length);
        }
    }
}

/// <summary>How much a sentence (its span in the passage text) resembles an example quote.</summary>
internal sealed record SentenceLikeness(double Similarity, int Start, int Length);

/// <summary>A passage's likeness to one example cell, through its most similar sentence.</summary>
internal sealed record PassageLikeness(LabelledCell Cell, SentenceLikeness Sentence);
