using ScottPlot;

namespace Thorbecke.Reports.Money;

/// <summary>
/// One chart of the money report, drawn with ScottPlot at a fixed size so a memo, the HTML report and a test all
/// see the same picture. Every render builds a fresh plot: ScottPlot plots are mutable and not meant to be shared.
/// </summary>
public sealed class MoneyChart
{
    public const int Width = 800;
    public const int Height = 400;

    private readonly Func<Plot> _build;

    internal MoneyChart(string fileName, string title, Func<Plot> build)
    {
        FileName = fileName;
        Title = title;
        _build = build;
    }

    /// <summary>The file name without extension used when the chart is saved, e.g. <c>fondsomvang</c>.</summary>
    public string FileName { get; }

    /// <summary>The Dutch title, drawn above the chart.</summary>
    public string Title { get; }

    public byte[] ToPng()
    {
        using var plot = _build();
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>The chart as a standalone SVG document (text stays text, so it prints sharply and can be searched).</summary>
    public string ToSvg()
    {
        using var plot = _build();
        return plot.GetSvgXml(Width, Height);
    }

    /// <summary>Writes <c>FileName.png</c> and <c>FileName.svg</c> into <paramref name="folder"/> and returns both paths.</summary>
    public IReadOnlyList<string> Save(string folder)
    {
        Directory.CreateDirectory(folder);
        var png = Path.Combine(folder, FileName + ".png");
        var svg = Path.Combine(folder, FileName + ".svg");
        File.WriteAllBytes(png, ToPng());
        File.WriteAllText(svg, ToSvg(), new System.Text.UTF8Encoding(false));
        return [png, svg];
    }
}
