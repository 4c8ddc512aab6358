using Thorbecke.Finance.Projection;
using static Thorbecke.Reports.Html.HtmlText;

namespace Thorbecke.Reports.Money;

/// <summary>The scenarios in one table (last year and the whole period) and the two fund charts.</summary>
internal static class MoneyOverviewSection
{
    public static void Write(TextWriter w, MoneyReport report)
    {
        var comparison = report.Comparison;
        var years = comparison.Years;
        w.WriteLine("<section id=\"overzicht\" class=\"block\">");
        w.WriteLine("<h2>Overzicht</h2>");
        if (years.Count == 0)
        {
            w.WriteLine("<p class=\"lead\">De scenario's hebben geen jaar gemeen; er is niets te vergelijken.</p>");
            w.WriteLine("</section>");
            return;
        }

        var first = years[0];
        var last = years[^1];
        var baseline = comparison.Baseline.Scenario.Title;
        w.WriteLine(report.IsComparison
            ? $"<p class=\"lead\">Elk scenario wordt vergeleken met het eerste, <strong>{E(baseline)}</strong>. "
                + "Een plus betekent meer geld voor gemeenten dan in dat scenario.</p>"
            : $"<p class=\"lead\">De omvang van het gemeentefonds onder <strong>{E(baseline)}</strong>, {MoneyFormat.Year(first)}–{MoneyFormat.Year(last)}.</p>");

        w.WriteLine("<div class=\"table-wrap\"><table class=\"summary\">");
        w.Write("<thead><tr>" + MoneyCells.Header("Scenario", numeric: false) + MoneyCells.Header("Normering", numeric: false)
            + MoneyCells.Header($"Fonds {MoneyFormat.Year(last)}") + MoneyCells.Header($"Per inwoner {MoneyFormat.Year(last)}"));
        if (report.IsComparison)
        {
            w.Write(MoneyCells.Header($"Verschil {MoneyFormat.Year(last)}")
                + MoneyCells.Header($"Verschil {MoneyFormat.Year(first)}–{MoneyFormat.Year(last)} opgeteld"));
        }

        w.WriteLine("</tr></thead>");
        w.WriteLine("<tbody>");
        for (var i = 0; i < comparison.Projections.Count; i++)
        {
            var projection = comparison.Projections[i];
            var row = projection.For(last);
            w.Write($"<tr><th scope=\"row\">{MoneyCells.Dot(i)} {E(projection.Scenario.Title)}</th>"
                + $"<td>{E(projection.Scenario.Normering.Name)}</td>"
                + MoneyCells.Millions(row.Total) + MoneyCells.PerInhabitant(row.PerInhabitant));
            if (report.IsComparison)
            {
                w.Write(i == 0
                    ? "<td class=\"num nil\">basis</td><td class=\"num nil\">basis</td>"
                    : MoneyCells.SignedMillions(comparison.Difference(projection, last)) + MoneyCells.SignedMillions(Cumulative(comparison, projection)));
            }

            w.WriteLine("</tr>");
        }

        w.WriteLine("</tbody></table></div>");

        MoneyCells.Figure(w, MoneyCharts.FundSize(comparison), "De algemene uitkering per jaar in € miljard, inclusief de bedragen van de hefbomen.");
        if (report.IsComparison)
        {
            MoneyCells.Figure(w, MoneyCharts.DifferenceWithBaseline(comparison),
                $"Per jaar het verschil met {baseline} in € miljoen; boven de nullijn krijgen gemeenten meer.");
        }

        w.WriteLine("</section>");
    }

    private static decimal Cumulative(ScenarioComparison comparison, FundProjection projection) =>
        comparison.Years.Sum(year => comparison.Difference(projection, year));
}
