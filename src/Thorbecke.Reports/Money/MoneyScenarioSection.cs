using Thorbecke.Finance.Levers;
using Thorbecke.Finance.Projection;
using static Thorbecke.Reports.Html.HtmlText;

namespace Thorbecke.Reports.Money;

/// <summary>Per scenario: the levers pulled, with why and how much per year, and the fund year by year.</summary>
internal static class MoneyScenarioSection
{
    public static void WriteAll(TextWriter w, MoneyReport report)
    {
        w.WriteLine("<section id=\"scenarios\" class=\"block\">");
        w.WriteLine("<h2>Per scenario</h2>");
        for (var i = 0; i < report.Comparison.Projections.Count; i++)
        {
            Write(w, report, i);
        }

        w.WriteLine("</section>");
    }

    private static void Write(TextWriter w, MoneyReport report, int index)
    {
        var comparison = report.Comparison;
        var projection = comparison.Projections[index];
        var scenario = projection.Scenario;
        w.WriteLine($"<article class=\"scenario\" id=\"scenario-{E(scenario.Id)}\">");
        w.WriteLine($"<h3>{MoneyCells.Dot(index)}{E(scenario.Title)}</h3>");
        w.WriteLine($"<p class=\"note\">Normering: {E(scenario.Normering.Name)}"
            + (index == 0 && report.IsComparison ? " · dit is het basisscenario waarmee de andere worden vergeleken" : "") + "</p>");
        WriteLevers(w, comparison, projection);
        WriteYears(w, report, projection, index);
        w.WriteLine("</article>");
    }

    private static void WriteLevers(TextWriter w, ScenarioComparison comparison, FundProjection projection)
    {
        w.WriteLine("<h4>Hefbomen</h4>");
        if (projection.Scenario.Levers.Count == 0)
        {
            w.WriteLine("<p class=\"note\">Geen hefbomen: het fonds volgt de normering.</p>");
            return;
        }

        w.WriteLine("<div class=\"table-wrap\"><table class=\"summary levers\">");
        w.Write("<thead><tr>" + MoneyCells.Header("Hefboom", numeric: false) + MoneyCells.Header("Soort", numeric: false)
            + MoneyCells.Header("Toelichting", numeric: false));
        foreach (var year in comparison.Years)
        {
            w.Write(MoneyCells.Header(MoneyFormat.Year(year)));
        }

        w.WriteLine("</tr></thead>");
        w.WriteLine("<tbody>");
        foreach (var lever in projection.Scenario.Levers)
        {
            var kind = LeverKindNames.Dutch(lever.Kind) + (lever is OpschalingskortingLever { Active: false } ? " (niet toegepast)" : "");
            w.Write($"<tr><th scope=\"row\">{E(lever.Label)}</th><td><span class=\"lever-kind\">{E(kind)}</span></td>"
                + $"<td class=\"justification\">{E(lever.Justification)}</td>");
            foreach (var year in comparison.Years)
            {
                w.Write(LeverCell(projection, lever, year));
            }

            w.WriteLine("</tr>");
        }

        w.WriteLine("</tbody></table></div>");
        if (projection.Scenario.Levers.Any(l => l.Kind is LeverKind.Accres or LeverKind.CostIndexation))
        {
            w.WriteLine("<p class=\"note\">Een hefboom die het accres vastzet, werkt door in alle latere jaren omdat de groei zich opstapelt; "
                + "het effect in euro's staat in de kolom <em>Verschil</em> hieronder.</p>");
        }
    }

    /// <summary>
    /// The lever's euros in the year, or the accres it set: rate levers have no amount of their own, because
    /// their effect compounds into the indexed path.
    /// </summary>
    private static string LeverCell(FundProjection projection, Lever lever, int year)
    {
        var row = projection.For(year);
        var amount = row.Effects.Where(e => ReferenceEquals(e.Lever, lever)).Sum(e => e.Amount);
        if (amount != 0)
        {
            return MoneyCells.SignedMillions(amount);
        }

        var isBaseYear = projection.Years[0].Year == year;
        if (!isBaseYear && lever.RateFor(year, row.Rate) is { } rate)
        {
            return $"<td class=\"num\" title=\"{E(rate.Basis)}\"><span class=\"rate-note\">accres</span> {MoneyFormat.Percent(rate.Total)}</td>";
        }

        return "<td class=\"num nil\">–</td>";
    }

    private static void WriteYears(TextWriter w, MoneyReport report, FundProjection projection, int index)
    {
        var comparison = report.Comparison;
        var differences = report.IsComparison && index > 0;
        w.WriteLine("<h4>Per jaar</h4>");
        w.WriteLine("<div class=\"table-wrap\"><table class=\"summary years\">");
        w.Write("<thead><tr>" + MoneyCells.Header("Jaar", numeric: false) + MoneyCells.Header("Gemeentefonds") + MoneyCells.Header("Accres")
            + MoneyCells.Header("Accres (€ mln)") + MoneyCells.Header("Hefbomen"));
        if (differences)
        {
            w.Write(MoneyCells.Header("Verschil met basis"));
        }

        w.Write(MoneyCells.Header("Per inwoner"));
        if (differences)
        {
            w.Write(MoneyCells.Header("Verschil per inwoner"));
        }

        w.WriteLine(MoneyCells.Header("Grondslag accres", numeric: false) + "</tr></thead>");
        w.WriteLine("<tbody>");
        foreach (var year in comparison.Years)
        {
            var row = projection.For(year);
            w.Write($"<tr><th scope=\"row\">{MoneyFormat.Year(year)}</th>" + MoneyCells.Millions(row.Total)
                + $"<td class=\"num\">{MoneyFormat.Percent(row.Rate.Total)}</td>" + MoneyCells.SignedMillions(row.Accres, moreIsBetter: null)
                + MoneyCells.SignedMillions(row.LeverTotal));
            if (differences)
            {
                w.Write(MoneyCells.SignedMillions(comparison.Difference(projection, year)));
            }

            w.Write(MoneyCells.PerInhabitant(row.PerInhabitant));
            if (differences)
            {
                w.Write(MoneyCells.SignedPerInhabitant(comparison.DifferencePerInhabitant(projection, year)));
            }

            w.WriteLine($"<td class=\"rate-note\">{E(row.Rate.Basis)}</td></tr>");
        }

        w.WriteLine("</tbody></table></div>");
    }
}
