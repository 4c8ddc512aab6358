using System.Globalization;
using static Thorbecke.Reports.Html.HtmlText;

namespace Thorbecke.Reports.Money;

/// <summary>One municipality's algemene uitkering under each scenario, as a table and a chart.</summary>
internal static class MoneyMunicipalitySection
{
    public static void Write(TextWriter w, MunicipalEffect effect)
    {
        var municipality = effect.Municipality;
        var scenarios = effect.Scenarios;
        w.WriteLine("<section id=\"gemeente\" class=\"block\">");
        w.WriteLine($"<h2>Effect voor {E(municipality.Name)}</h2>");
        w.Write($"<p class=\"lead\">De algemene uitkering van {E(municipality.Name)} ({E(municipality.Code)}, "
            + $"{municipality.Inhabitants.ToString("#,##0", MoneyFormat.Dutch)} inwoners) onder elk scenario, in € mln.");
        if (effect.IsApproximation)
        {
            w.Write($" {MoneyCells.ApproximationBadge}</p>");
            w.WriteLine("<p class=\"note\">Alleen het inwonertal is bekend: elke inwoner krijgt het landelijke gemiddelde per inwoner. "
                + "De echte verdeling volgt de verdeelmaatstaven en kan flink afwijken.</p>");
        }
        else
        {
            w.WriteLine(" Verdeeld met de verdeelmaatstaven en de uitkeringsfactor van elk scenario.</p>");
        }

        w.WriteLine("<div class=\"table-wrap\"><table class=\"summary municipality\">");
        w.WriteLine($"<caption class=\"note\">{E(effect.Heading)}</caption>");
        w.Write("<thead><tr><td></td>" + MoneyCells.Header("Algemene uitkering (€ mln)", span: scenarios.Count));
        for (var i = 1; i < scenarios.Count; i++)
        {
            w.Write(MoneyCells.Header($"Verschil {scenarios[i].Title}", span: 2));
        }

        w.Write("</tr>\n<tr>" + MoneyCells.Header("Jaar", numeric: false));
        foreach (var scenario in scenarios)
        {
            w.Write(MoneyCells.Header(scenario.Title));
        }

        for (var i = 1; i < scenarios.Count; i++)
        {
            w.Write(MoneyCells.Header("€ mln") + MoneyCells.Header("per inwoner"));
        }

        w.WriteLine("</tr></thead>");
        w.WriteLine("<tbody>");
        foreach (var year in effect.Years)
        {
            w.Write($"<tr><th scope=\"row\">{year.Year.ToString(CultureInfo.InvariantCulture)}</th>");
            foreach (var amount in year.Amounts)
            {
                w.Write(MoneyCells.Millions(amount));
            }

            for (var i = 1; i < scenarios.Count; i++)
            {
                var difference = year.Difference(i);
                w.Write(MoneyCells.SignedMillions(difference)
                    + MoneyCells.SignedPerInhabitant(municipality.Inhabitants == 0 ? 0 : difference / municipality.Inhabitants));
            }

            w.WriteLine("</tr>");
        }

        w.WriteLine("</tbody></table></div>");
        if (scenarios.Count > 1)
        {
            MoneyCells.Figure(w, MoneyCharts.Municipality(effect),
                $"Verschil in de algemene uitkering van {municipality.Name} met {scenarios[0].Title}, in € miljoen"
                + (effect.IsApproximation ? $" ({MunicipalEffect.ApproximationLabel})." : "."));
        }

        w.WriteLine("</section>");
    }
}
