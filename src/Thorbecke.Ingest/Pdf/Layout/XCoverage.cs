namespace Thorbecke.Ingest.Pdf.Layout;

/// <summary>
/// The horizontal extent covered by a set of segments, as disjoint intervals at least a gutter apart.
/// More than one interval means the set has an empty vertical strip: a column gutter.
/// Kept incrementally, because band merging asks this question for every band on a page.
/// </summary>
internal sealed class XCoverage
{
    private readonly double minGutter;
    private readonly List<(double Left, double Right)> intervals = [];

    public XCoverage(double minGutter, IEnumerable<TextSegment> segments)
    {
        this.minGutter = minGutter;
        Add(segments);
    }

    private XCoverage(XCoverage other)
    {
        minGutter = other.minGutter;
        intervals.AddRange(other.intervals);
    }

    public bool HasGutter => intervals.Count > 1;

    public XCoverage With(IEnumerable<TextSegment> segments)
    {
        var copy = new XCoverage(this);
        copy.Add(segments);
        return copy;
    }

    private void Add(IEnumerable<TextSegment> segments)
    {
        foreach (var segment in segments)
        {
            var left = segment.Left;
            var right = segment.Right;
            for (var i = intervals.Count - 1; i >= 0; i--)
            {
                var (l, r) = intervals[i];
                if (left - r < minGutter && l - right < minGutter)
                {
                    left = Math.Min(left, l);
                    right = Math.Max(right, r);
                    intervals.RemoveAt(i);
                }
            }

            intervals.Add((left, right));
        }
    }
}
