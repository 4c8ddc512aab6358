namespace Thorbecke.Ingest.Pdf.Layout;

/// <summary>
/// Groups words into rows by baseline and cuts each row at column gaps, so that one segment never
/// spans two columns (or the two printed pages of a spread).
/// </summary>
internal static class SegmentBuilder
{
    /// <summary>A pen advance below this (times the font size) between two words is no space; pdftotext uses the same bound.</summary>
    private const double TouchingAdvance = 0.1;


    public static List<TextSegment> Build(IReadOnlyList<PdfWordBox> words, LayoutOptions options)
    {
        var segments = new List<TextSegment>();
        if (words.Count == 0)
        {
            return segments;
        }

        var sorted = words.OrderByDescending(w => w.Baseline).ThenBy(w => w.Left).ToList();
        var row = new List<PdfWordBox> { sorted[0] };
        var rowIndex = 0;
        for (var i = 1; i < sorted.Count; i++)
        {
            var word = sorted[i];
            var tolerance = options.RowTolerance * Math.Max(1, Math.Min(word.FontSize, row[0].FontSize));
            if (row[0].Baseline - word.Baseline <= tolerance)
            {
                row.Add(word);
                continue;
            }

            CutRow(row, rowIndex++, segments, options);
            row = [word];
        }

        CutRow(row, rowIndex, segments, options);
        return segments;
    }

    private static void CutRow(List<PdfWordBox> row, int rowIndex, List<TextSegment> segments, LayoutOptions options)
    {
        row.Sort((a, b) => a.Left.CompareTo(b.Left));
        var start = 0;
        for (var i = 1; i <= row.Count; i++)
        {
            if (i < row.Count)
            {
                var previous = row[i - 1];
                var word = row[i];
                var gap = word.Left - previous.Right;
                var size = Math.Max(1, Math.Min(previous.FontSize, word.FontSize));
                var bulletBeforeText = i - 1 == start && IsBullet(previous.Text) && gap <= options.BulletGap * size;
                if (gap <= options.ColumnGap * size || bulletBeforeText)
                {
                    continue;
                }
            }

            segments.Add(Segment(row, start, i, rowIndex));
            start = i;
        }
    }

    /// <summary>
    /// Joins words with a space, except where the pen did not move between them: PdfPig sometimes splits a
    /// word at a kerned capital ("T" + "ransrechten"), and pdftotext, like a reader, sees one word there.
    /// A real space always advances the pen by a space width, however tight the glyph boxes look.
    /// </summary>
    private static string JoinWords(List<PdfWordBox> words)
    {
        var builder = new System.Text.StringBuilder(words[0].Text);
        for (var i = 1; i < words.Count; i++)
        {
            var advance = words[i].PenStart - words[i - 1].PenEnd;
            if (advance >= TouchingAdvance * Math.Min(words[i].FontSize, words[i - 1].FontSize))
            {
                builder.Append(' ');
            }

            builder.Append(words[i].Text);
        }

        return builder.ToString();
    }

    /// <summary>A lone bullet glyph, set apart from its item by a tab.</summary>
    private static bool IsBullet(string text) => text is "•" or "▪" or "●" or "■" or "◦" or "○" or "►" or "▸" or "›" or "–" or "-" or "*" or "✓" or "➢";

    private static TextSegment Segment(List<PdfWordBox> row, int start, int end, int rowIndex)
    {
        var words = row.GetRange(start, end - start);

        // A bullet glyph is often set in another font or size; the line's font is that of its words.
        var text = words.Where(w => !IsBullet(w.Text)).ToList() is { Count: > 0 } content ? content : words;
        return new TextSegment
        {
            Text = JoinWords(words),
            Left = words.Min(w => w.Left),
            Right = words.Max(w => w.Right),
            Top = words.Max(w => w.Top),
            Bottom = words.Min(w => w.Bottom),
            Baseline = words.Max(w => w.Baseline),
            FontSize = text.MaxBy(w => w.Text.Length).FontSize,
            Bold = text.All(w => w.Bold),
            Row = rowIndex,
        };
    }
}
