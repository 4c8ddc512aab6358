using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Evaluation;
using Thorbecke.Core.Reviews;

namespace Thorbecke.Search.Learning;

/// <summary>
/// The reviewed cells the engine learns from, from label files and from reviews saved in the app alike. Examples are
/// kept per ask id together with the ask's text, so an agenda that reuses an id for another question learns nothing
/// from them.
/// </summary>
public sealed class ExampleSet
{
    private readonly Dictionary<string, List<LabelledCell>> byAsk;

    public ExampleSet(IReadOnlyDictionary<string, string> askTexts, IEnumerable<LabelledCell> cells)
    {
        AskTexts = askTexts;
        Cells = cells.Where(c => askTexts.ContainsKey(c.Ask)).ToList();
        byAsk = Cells.GroupBy(c => c.Ask, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public static ExampleSet Empty { get; } = new(new Dictionary<string, string>(), []);

    /// <summary>The text of each ask the examples were given for, by ask id.</summary>
    public IReadOnlyDictionary<string, string> AskTexts { get; }

    public IReadOnlyList<LabelledCell> Cells { get; }

    /// <summary>The documents the examples come from.</summary>
    public int SourceCount => Cells.Select(c => c.Source).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The examples for <paramref name="ask"/>, or none when it was labelled with a different text.</summary>
    public IReadOnlyList<LabelledCell> For(Ask ask) =>
        byAsk.TryGetValue(ask.Id, out var cells) && SameText(AskTexts[ask.Id], ask.Text) ? cells : [];

    /// <summary>Examples from a label file (the format of <c>eval/gold-dev</c>) for the document it labels.</summary>
    public static IEnumerable<LabelledCell> FromGold(GoldLabelSet gold, DocumentInfo document) =>
        gold.Labels.Select(label => new LabelledCell(
            label.Ask,
            document.Id,
            gold.Programme,
            label.Verdict,
            label.Pages.Zip(label.Quotes, (page, quote) => new ExampleQuote(page, quote)).ToList()));

    /// <summary>Examples from the latest review of each cell saved in the app.</summary>
    public static IEnumerable<LabelledCell> FromReviews(IEnumerable<Review> latestReviews, Func<string, string> documentName) =>
        latestReviews.Select(review => new LabelledCell(
            review.Ask,
            review.Document,
            documentName(review.Document),
            review.Verdict,
            review.Evidence.Select(e => new ExampleQuote(e.Page, e.Quote)).ToList()));

    /// <summary>These examples and <paramref name="more"/>; a cell given in both keeps the one from <paramref name="more"/>.</summary>
    public ExampleSet With(IReadOnlyDictionary<string, string> askTexts, IEnumerable<LabelledCell> more)
    {
        var added = more.ToList();
        var replaced = added.Select(c => (c.Ask, c.Source)).ToHashSet();
        var texts = new Dictionary<string, string>(AskTexts, StringComparer.Ordinal);
        foreach (var (id, text) in askTexts)
        {
            texts[id] = text;
        }

        return new ExampleSet(texts, Cells.Where(c => !replaced.Contains((c.Ask, c.Source))).Concat(added));
    }

    private static bool SameText(string a, string b) =>
        string.Equals(Core.Text.Whitespace.Collapse(a), Core.Text.Whitespace.Collapse(b), StringComparison.Ordinal);
}
