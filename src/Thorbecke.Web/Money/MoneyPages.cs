using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Money;

/// <summary>The money page when there is nothing to show: no folder configured, or no scenario in it.</summary>
internal static class MoneyPages
{
    public const string HowToConfigure =
        "Start de webapp met een map met scenario's: thorbecke serve --scenarios MAP (standaard de map 'scenarios' in de huidige map, als die bestaat). "
        + "Voeg --gemeenten gemeenten.csv toe voor het effect per gemeente, --taken taken.csv voor de disbalans tussen taken en middelen "
        + "en --invoer invoer.csv voor eigen economische cijfers. Zie docs/finance.md voor het formaat van de bestanden.";

    public static string NotConfigured(PageContext page) =>
        Layout.Render(page, "Geld", w =>
        {
            w.WriteLine("<header class=\"masthead\"><p class=\"kicker\">Gemeentefonds</p><h1>Geld</h1></header>");
            w.WriteLine("<p class=\"lead notice\" id=\"niet-ingesteld\">Er is geen map met scenario's ingesteld.</p>");
            w.WriteLine($"<p class=\"note\">{Html.E(HowToConfigure)}</p>");
        });
}
