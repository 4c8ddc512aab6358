namespace Thorbecke.Reports.Money;

/// <summary>
/// What the money report adds to the scan report's stylesheet (which it reuses for the masthead, headings and
/// tables). Kept here as a string because only the Reports project file may declare embedded resources.
/// </summary>
internal static class MoneyStyles
{
    /// <summary>The rules, with one swatch class per scenario colour so the colours of the charts stay the single source.</summary>
    public static string Css { get; } = Rules + Swatches();

    private const string Rules = """

        /* Money report */
        .money .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .money .summary .num { width: auto; }
        .money table.summary { margin: 0 0 8px; }
        .money table.summary td, .money table.summary th { padding: 6px 10px; }
        .money .summary thead th.num { text-align: right; white-space: normal; min-width: 7ch; vertical-align: bottom; }
        .money .summary thead th[colspan] { text-align: center; border-bottom: 1px solid var(--line); }
        .money table.years, .money table.balance, .money table.municipality { width: auto; }
        .money table.municipality caption { caption-side: bottom; text-align: left; padding-top: 6px; }
        .money .summary tbody th { font-weight: 600; }
        .money .gain { color: var(--support); }
        .money .loss { color: var(--oppose); }
        .money .nil { color: var(--muted); }
        .table-wrap { overflow-x: auto; margin: 0 0 18px; }
        .scenario { padding: 18px 0 6px; border-bottom: 1px solid var(--line); }
        .scenario h3, .money h3 { display: flex; align-items: center; gap: 10px; margin: 0 0 4px; font: 700 18px/1.3 var(--serif); }
        .scenario h4 { margin: 16px 0 6px; font: 600 14px/1.4 var(--sans); color: var(--muted); text-transform: uppercase; letter-spacing: 0.06em; }
        .dot { flex: none; display: inline-block; width: 14px; height: 14px; border-radius: 3px; }
        .lever-kind { display: inline-block; padding: 0 8px; border-radius: 999px; background: var(--wash); border: 1px solid var(--line); font-size: 12.5px; white-space: nowrap; }
        .justification { color: #384152; font-size: 13.5px; min-width: 18ch; max-width: 60ch; }
        .rate-note { color: var(--muted); font-size: 12.5px; }
        .approx { display: inline-block; padding: 1px 8px; border-radius: 999px; background: #fff4d6; border: 1px solid var(--partial); color: var(--partial-ink); font: 600 12.5px/1.5 var(--sans); }
        figure.figure { margin: 8px 0 22px; padding: 12px; border: 1px solid var(--line); border-radius: 8px; background: #fff; max-width: 880px; }
        figure.figure svg.chart { display: block; width: 100%; height: auto; }
        figure.figure figcaption { margin-top: 6px; color: var(--muted); font-size: 13px; }
        .note { color: var(--muted); font-size: 13.5px; max-width: 80ch; }
        @media print {
          figure.figure, .scenario, table { break-inside: avoid; }
          .table-wrap { overflow: visible; }
        }

        """;

    private static string Swatches() => string.Concat(Enumerable.Range(0, ChartStyle.ColourCount)
        .Select(i => $".dot.{ChartStyle.SwatchClass(i)} {{ background: {ChartStyle.Hex(i)}; }}\n"));
}
