namespace Thorbecke.Ingest.Pdf.Layout;

/// <summary>
/// Orders the segments of a page the way a reader (and pdftotext) reads them: column by column,
/// top to bottom, with full-width parts (titles, footers) kept where they are.
/// </summary>
/// <remarks>
/// A recursive XY-cut. A region that has an empty vertical strip from top to bottom is split into
/// columns there. Otherwise the region is cut into horizontal bands, and neighbouring bands with the
/// same column structure are kept together, so that the lines of two columns are never interleaved
/// just because their baselines happen to line up.
/// </remarks>
internal static class ReadingOrder
{
    public static List<TextSegment> Order(IReadOnlyList<TextSegment> segments, LayoutOptions options)
    {
        var ordered = new List<TextSegment>(segments.Count);
        OrderInto(segments.ToList(), ordered, options, 0);
        return ordered;
    }

    private static void OrderInto(List<TextSegment> region, List<TextSegment> output, LayoutOptions options, int depth)
    {
        if (region.Count <= 1 || depth > 32)
        {
            output.AddRange(ReadRows(region));
            return;
        }

        var columns = Columns(region, options.MinGutter);
        if (columns.Count > 1)
        {
            foreach (var column in columns)
            {
                OrderInto(column, output, options, depth + 1);
            }

            return;
        }

        var groups = Groups(Bands(region), options.MinGutter);
        if (groups.Count > 1)
        {
            foreach (var group in groups)
            {
                OrderInto(group, output, options, depth + 1);
            }

            return;
        }

        output.AddRange(ReadRows(region));
    }

    private static IEnumerable<TextSegment> ReadRows(List<TextSegment> region) =>
        region.OrderBy(s => s.Row).ThenBy(s => s.Left);

    /// <summary>Splits a region at every empty vertical strip at least <paramref name="minGutter"/> wide.</summary>
    private static List<List<TextSegment>> Columns(List<TextSegment> region, double minGutter)
    {
        var sorted = region.OrderBy(s => s.Left).ToList();
        var columns = new List<List<TextSegment>>();
        var current = new List<TextSegment> { sorted[0] };
        var right = sorted[0].Right;
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Left - right >= minGutter)
            {
                columns.Add(current);
                current = [];
            }

            current.Add(sorted[i]);
            right = Math.Max(right, sorted[i].Right);
        }

        columns.Add(current);
        return columns;
    }

    /// <summary>Cuts a region into bands at every height where no segment overlaps.</summary>
    private static List<List<TextSegment>> Bands(List<TextSegment> region)
    {
        var sorted = region.OrderByDescending(s => s.Top).ToList();
        var bands = new List<List<TextSegment>>();
        var current = new List<TextSegment> { sorted[0] };
        var bottom = sorted[0].Bottom;
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Top < bottom)
            {
                bands.Add(current);
                current = [];
                bottom = sorted[i].Bottom;
            }

            current.Add(sorted[i]);
            bottom = Math.Min(bottom, sorted[i].Bottom);
        }

        bands.Add(current);
        return bands;
    }

    /// <summary>Merges neighbouring bands while they keep the same column structure.</summary>
    private static List<List<TextSegment>> Groups(List<List<TextSegment>> bands, double minGutter)
    {
        var groups = new List<List<TextSegment>>();
        var current = bands[0];
        var coverage = new XCoverage(minGutter, current);
        foreach (var band in bands.Skip(1))
        {
            var merged = coverage.With(band);
            if (merged.HasGutter || (!coverage.HasGutter && !new XCoverage(minGutter, band).HasGutter))
            {
                current.AddRange(band);
                coverage = merged;
                continue;
            }

            groups.Add(current);
            current = band;
            coverage = new XCoverage(minGutter, band);
        }

        groups.Add(current);
        return groups;
    }
}
