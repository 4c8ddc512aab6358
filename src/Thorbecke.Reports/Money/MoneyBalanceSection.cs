using Thorbecke.Finance.Balance;
using static Thorbecke.Reports.Html.HtmlText;

namespace Thorbecke.Reports.Money;

/// <summary>The disbalans between the cost of municipal tasks and the money the fund brings, per domain.</summary>
internal static class MoneyBalanceSection
{
    public static void Write(TextWriter w, MoneyReport report, IReadOnlyList<BalanceYear> balance)
    {
        var scenario = report.BalanceScenario ?? report.Comparison.Baseline.Scenario;
        var domains = balance[0].Costs.Keys.ToList();
        w.WriteLine("<section id=\"disbalans\" class=\"block\">");
        w.WriteLine("<h2>Disbalans tussen taken en middelen</h2>");
        w.WriteLine($"<p class=\"lead\">Per domein groeien de kosten in hun eigen tempo; het geld ervoor groeit mee met het gemeentefonds onder "
            + $"<strong>{E(scenario.Title)}</strong>. Een positief tekort betekent dat de kosten harder stijgen dan het geld. Bedragen in € mln.</p>");
        w.WriteLine("<div class=\"table-wrap\"><table class=\"summary balance\">");
        w.Write("<thead><tr>" + MoneyCells.Header("Jaar", numeric: false) + MoneyCells.Header("Fondsindex")
            + MoneyCells.Header("Kosten") + MoneyCells.Header("Gedekt door fonds"));
        foreach (var domain in domains)
        {
            w.Write(MoneyCells.Header($"Tekort {domain}"));
        }

        w.WriteLine(MoneyCells.Header("Tekort totaal") + "</tr></thead>");
        w.WriteLine("<tbody>");
        foreach (var year in balance)
        {
            w.Write($"<tr><th scope=\"row\">{MoneyFormat.Year(year.Year)}</th><td class=\"num\">{MoneyFormat.Index(year.FundIndex)}</td>"
                + MoneyCells.Millions(year.Costs.Values.Sum()) + MoneyCells.Millions(year.Covered.Values.Sum()));
            foreach (var domain in domains)
            {
                w.Write(Gap(year.Gap(domain)));
            }

            w.WriteLine(Gap(year.TotalGap) + "</tr>");
        }

        w.WriteLine("</tbody></table></div>");
        MoneyCells.Figure(w, MoneyCharts.Balance(balance), "Tekort per domein per jaar in € miljoen, gestapeld; boven de nullijn groeien de kosten harder dan het geld.");
        w.WriteLine("</section>");
    }

    private static string Gap(decimal euros) => MoneyCells.SignedMillions(euros, moreIsBetter: false);
}
