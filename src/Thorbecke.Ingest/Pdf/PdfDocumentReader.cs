using Thorbecke.Core.Documents;
using Thorbecke.Ingest.Limits;
using Thorbecke.Ingest.Pdf.Layout;
using Thorbecke.Ingest.Segmentation;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Thorbecke.Ingest.Pdf;

/// <summary>
/// Reads PDFs with PdfPig's default word extraction and a light layout analysis of its own
/// (rows, columns and spreads, paragraphs, headings, running headers and footers), because the
/// heavier PdfPig layout analysers cost more than the whole rest of a scan.
/// Every page of the file becomes a <see cref="Core.Documents.Page"/>, blank pages included.
/// </summary>
public sealed class PdfDocumentReader : IDocumentReader
{
    private readonly LayoutOptions layout;
    private readonly PassageOptions passages;
    private readonly ReadLimits limits;

    public PdfDocumentReader(LayoutOptions? layout = null, PassageOptions? passages = null, ReadLimits? limits = null)
    {
        this.layout = layout ?? LayoutOptions.Default;
        this.passages = passages ?? PassageOptions.Default;
        this.limits = limits ?? ReadLimits.Default;
    }

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public ExtractedText Read(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        var budget = new UnpackBudget(limits);
        using var document = PdfOpener.Open(content, budget);
        var pages = ReadPages(document, budget, cancellationToken);
        if (pages.All(p => p.Words.Count == 0))
        {
            throw new DocumentReadException(
                PdfOpener.IsTruncated(content) ? PdfReadReasons.Truncated : HasImages(document) ? PdfReadReasons.NoTextLayer : PdfReadReasons.NoText);
        }

        var segmented = pages.Select(p => (Page: p, Segments: SegmentBuilder.Build(p.Words, layout))).ToList();
        RunningFurniture.Mark(segmented, layout);
        var blocks = segmented
            .Select(p => (p.Page.Number, Blocks: BlockSegmenter.Segment(ReadingOrder.Order(p.Segments, layout), layout)))
            .ToList();
        var text = PassageBuilder.Build(HeadingClassifier.Classify(blocks, layout), PdfTitle.From(document), passages, limits);
        return text with { PrintedPageOffset = PrintedPageNumbers.Offset(text.Pages) };
    }

    /// <summary>
    /// The words of every page. The budget is asked after each page because PdfPig catches what a filter throws for
    /// some streams and carries on; the text count stops a file of millions of tiny words before layout analysis.
    /// </summary>
    private List<PdfPageWords> ReadPages(PdfDocument document, UnpackBudget budget, CancellationToken cancellationToken)
    {
        var pages = new List<PdfPageWords>(document.NumberOfPages);
        var failures = 0;
        long chars = 0;
        Exception? lastFailure = null;
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var page = document.GetPage(number);
                var words = Words(page);
                pages.Add(new PdfPageWords(number, page.Width, page.Height, words));
                chars += words.Sum(w => w.Text.Length + 1);
            }
            catch (Exception e) when (e is not OutOfMemoryException and not DocumentReadException)
            {
                // One damaged page should not cost the reader the other hundred; it stays in the count, empty.
                failures++;
                lastFailure = e;
                pages.Add(new PdfPageWords(number, 0, 0, []));
            }

            budget.ThrowIfExceeded();
            if (chars > limits.MaxTextChars)
            {
                throw new DocumentReadException(LimitReasons.TooMuchText(limits.MaxTextChars));
            }
        }

        if (failures == pages.Count && lastFailure is not null)
        {
            throw new DocumentReadException(PdfReadReasons.Corrupt(PdfOpener.Describe(lastFailure)), lastFailure);
        }

        return pages;
    }

    /// <summary>
    /// The horizontal words of a page. Rotated and vertical text (decorative titles, margin labels)
    /// is left out: PdfPig returns it letter by letter, and no quote can come from it.
    /// </summary>
    private static List<PdfWordBox> Words(UglyToad.PdfPig.Content.Page page)
    {
        var words = new List<PdfWordBox>();
        foreach (var word in page.GetWords())
        {
            if (word.TextOrientation != TextOrientation.Horizontal || string.IsNullOrWhiteSpace(word.Text) || word.Letters.Count == 0)
            {
                continue;
            }

            var first = word.Letters[0];
            var size = word.Letters.Max(l => l.PointSize);
            var box = word.BoundingBox;
            words.Add(new PdfWordBox(VisibleHyphens(WithoutDoubleStrikes(word)), box.Left, box.Right, box.Top, box.Bottom, first.StartBaseLine.Y, size, IsBold(first), first.StartBaseLine.X, word.Letters[^1].EndBaseLine.X));
        }

        return words;
    }

    /// <summary>
    /// The word's text with fake bold undone: some tools draw every letter twice on the same spot,
    /// which PdfPig reports as "GGrrooeenn".
    /// </summary>
    /// <summary>
    /// A soft hyphen drawn on the page is a hyphen the reader sees (and the one pdftotext and PDF viewers give),
    /// so the text says "OZB-belasting" rather than an invisible U+00AD.
    /// </summary>
    private static string VisibleHyphens(string text) => text.Replace('\u00AD', '-');

    private static string WithoutDoubleStrikes(Word word)
    {
        var letters = word.Letters;
        var doubled = false;
        for (var i = 1; i < letters.Count && !doubled; i++)
        {
            doubled = IsDoubleStrike(letters[i - 1], letters[i]);
        }

        if (!doubled)
        {
            return word.Text;
        }

        var builder = new System.Text.StringBuilder(word.Text.Length);
        builder.Append(letters[0].Value);
        for (var i = 1; i < letters.Count; i++)
        {
            if (!IsDoubleStrike(letters[i - 1], letters[i]))
            {
                builder.Append(letters[i].Value);
            }
        }

        return builder.ToString();
    }

    private static bool IsDoubleStrike(Letter a, Letter b) =>
        string.Equals(a.Value, b.Value, StringComparison.Ordinal)
        && Math.Abs(a.StartBaseLine.X - b.StartBaseLine.X) < 0.1 * Math.Max(1, a.PointSize)
        && Math.Abs(a.StartBaseLine.Y - b.StartBaseLine.Y) < 0.1 * Math.Max(1, a.PointSize);

    private static bool IsBold(Letter letter)
    {
        var name = letter.FontName ?? "";
        return letter.FontDetails?.IsBold == true
            || name.Contains("Bold", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasImages(PdfDocument document)
    {
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            try
            {
                if (document.GetPage(number).GetImages().Any())
                {
                    return true;
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A page whose images cannot be listed says nothing either way; look at the next one.
            }
        }

        return false;
    }
}
