using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace Thorbecke.Reports.Money;

/// <summary>The look every money chart shares: colours, fonts, Dutch tick labels and one tick per year.</summary>
internal static class ChartStyle
{
    // Scenario i has the same colour in every chart and in the report's swatches; the baseline takes the report's accent.
    private static readonly string[] Colours =
    [
        "#1f4e79", "#d9822b", "#1e7b45", "#b83227", "#7b4f9d", "#2a9d8f", "#8c6d31", "#c2497a", "#5d6678", "#4f8fc0",
    ];

    // Domains of the disbalans get colours of their own, so they are not mistaken for scenarios.
    private static readonly string[] DomainColours =
    [
        "#4f8fc0", "#7b4f9d", "#2a9d8f", "#c2497a", "#8c6d31", "#9aa5b8", "#1f4e79", "#e0a458",
    ];

    private static readonly string[] SansCandidates = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica", "Segoe UI"];

    private static readonly Lazy<string?> SansFont = new(FindSansFont);

    public static string Hex(int index) => Colours[index % Colours.Length];

    public static Color Colour(int index) => Color.FromHex(Hex(index));

    /// <summary>The number of scenario colours; scenario i uses colour i modulo this count.</summary>
    public static int ColourCount => Colours.Length;

    /// <summary>The CSS class of scenario i's swatch, e.g. <c>s0</c>.</summary>
    public static string SwatchClass(int index) => "s" + (index % Colours.Length).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static Color DomainColour(int index) => Color.FromHex(DomainColours[index % DomainColours.Length]);

    public static Plot Create(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        if (SansFont.Value is { } font)
        {
            plot.Font.Set(font);
        }

        plot.Title(title, 15);
        plot.XLabel(xLabel, 13);
        plot.YLabel(yLabel, 13);
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = MoneyFormat.Tick };
        plot.Grid.MajorLineColor = Color.FromHex("#dde1e8");
        return plot;
    }

    /// <summary>One labelled tick per year: automatic ticks would print 2026,5 or skip years.</summary>
    public static void YearTicks(Plot plot, IReadOnlyList<int> years)
    {
        plot.Axes.Bottom.TickGenerator = new NumericManual(
            years.Select(y => (double)y).ToArray(),
            years.Select(MoneyFormat.Year).ToArray());
        if (years.Count > 0)
        {
            plot.Axes.SetLimitsX(years[0] - 0.6, years[^1] + 0.6);
        }
    }

    /// <summary>A legend below the data, so it never hides a bar or a line.</summary>
    public static void LegendBelow(Plot plot)
    {
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.FontSize = 12;
        if (SansFont.Value is { } font)
        {
            plot.Legend.FontName = font;
        }
    }

    /// <summary>
    /// A sans-serif family that is installed, so the charts read like the report; ScottPlot's own default falls
    /// back to whatever the system has when none of these is found.
    /// </summary>
    private static string? FindSansFont()
    {
        var installed = SKFontManager.Default.FontFamilies.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return SansCandidates.FirstOrDefault(installed.Contains);
    }
}
