using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Exports;

/// <summary>Downloads of the latest scan with every reviewed verdict in place, and a memo per theme.</summary>
internal static class ExportPage
{
    /// <param name="themes">The agenda's themes, each with its memo; empty before the first scan.</param>
    public static string Render(PageContext page, IReadOnlyList<string> themes) =>
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
            if (themes.Count == 0)
            {
                return;
            }

            w.WriteLine("<h2>Memo per thema</h2>");
            w.WriteLine("<p>Per thema de status van elke vraag, de toezeggingen en de tijdlijn met citaten en pagina's, om te versturen of te bewerken.</p>");
            w.WriteLine("<ul class=\"downloads memos\">");
            foreach (var theme in themes)
            {
                w.WriteLine($"<li>{Html.E(theme)}: <a href=\"{Html.E(MemoHandlers.ForTheme(theme, "docx"))}\" download>Word</a> · <a href=\"{Html.E(MemoHandlers.ForTheme(theme, "md"))}\" download>Markdown</a></li>");
            }

            w.WriteLine("</ul>");
        });
}
