using static Thorbecke.Reports.Html.HtmlText;

namespace Thorbecke.Reports.Money;

/// <summary>
/// What the baseline follows and what is assumed, said under the overview of every money report and on /geld, so
/// nobody reads the path after 2029 or the amounts per municipality as published figures.
/// </summary>
public static class MoneyAssumptions
{
    /// <summary>The Dutch statement about the shipped baseline (scenarios/basis.yaml on the built-in inputs).</summary>
    public const string Basispad =
        "Het basispad volgt de Meicirculaire 2025 tot en met 2029: de algemene uitkering van 2025 (bijna € 41 miljard) "
        + "en 2029 (bijna € 46 miljard) en het accres van 2026 (4,72%) zijn gepubliceerd, en het model blijft daar binnen 2% van. "
        + "De tussenjaren volgen uit die cijfers en de gepubliceerde bedragen van de Voorjaarsnota's. "
        + "De indexatie na 2029 is een aanname: de bbp-systematiek op aangenomen groeicijfers. "
        + "Ook de verdeling per gemeente is een aanname (naar inwonertal of maatstaven, niet de uitkomst van de circulaire). "
        + "Een doorrekening is daarmee een illustratie, geen raming van het Rijk.";

    internal static void Write(TextWriter w, MoneyReport report)
    {
        w.WriteLine("<section id=\"aannames\" class=\"block\">");
        w.WriteLine("<h2>Gepubliceerd en aangenomen</h2>");
        w.WriteLine($"<p class=\"lead\">{E(Basispad)}</p>");
        if (report.Assumptions.Count > 0)
        {
            w.WriteLine("<p>Onzeker of aangenomen in de invoer (<code>thorbecke money inputs</code> geeft de bron van elk cijfer):</p>");
            w.Write("<ul class=\"assumptions\">");
            foreach (var assumption in report.Assumptions)
            {
                w.Write($"<li>{E(assumption)}</li>");
            }

            w.WriteLine("</ul>");
        }

        w.WriteLine("</section>");
    }
}
