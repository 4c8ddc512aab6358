using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Exports;

/// <summary>Downloads of the latest scan with every reviewed verdict in place.</summary>
internal static class ExportPage
{
    public static string Render(PageContext page) =>
        Layout.Render(page, "Exporteren", w =>
        {
            w.WriteLine("<header class=\"masthead\"><p class=\"kicker\">Laatste scan</p><h1>Exporteren</h1></header>");
            w.WriteLine("<p class=\"lead\">Alle exports bevatten de beoordeelde oordelen met de citaten en opmerkingen van de beoordelaar; het oordeel van de machine staat erbij.</p>");
            w.WriteLine("<ul class=\"downloads\">");
            w.WriteLine("<li><a href=\"/export/resultaten.xlsx\" download>resultaten.xlsx</a> – Excel: een rij per cel en een matrixblad</li>");
            w.WriteLine($"<li><a href=\"/export/resultaten.csv?excel={ExportHandlers.DutchExcel}\" download>resultaten-excel-nl.csv</a> – een rij per cel, voor Excel met Nederlandse instellingen (puntkomma's, decimale komma)</li>");
            w.WriteLine("<li><a href=\"/export/resultaten.csv\" download>resultaten.csv</a> – een rij per cel, standaard-CSV (komma's, decimale punt) voor andere programma's</li>");
            w.WriteLine("<li><a href=\"/export/resultaten.json\" download>resultaten.json</a> – het resultatencontract, voor andere programma's</li>");
            w.WriteLine("<li><a href=\"/export/rapport.html\" download>rapport.html</a> – het rapport als één HTML-bestand, om te mailen of te bewaren</li>");
            w.WriteLine("</ul>");
        });
}
