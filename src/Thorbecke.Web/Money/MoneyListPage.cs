using Thorbecke.Finance.Files.Workbench;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Money;

/// <summary>
/// <c>/geld</c>: every scenario in the folder with a GET form to pick which to compare, then what
/// <c>money compare</c> shows for them: the overview per year and the charts, each scenario, the municipality.
/// </summary>
internal static class MoneyListPage
{
    public static string Render(PageContext page, MoneyWorkspace workspace, MoneySelection selection, MoneyOutcome? outcome) =>
        Layout.Render(page, "Geld", w =>
        {
            w.WriteLine("<header class=\"masthead\"><p class=\"kicker\">Gemeentefonds</p>");
            w.WriteLine("<h1>Geld: scenario's vergelijken</h1>");
            w.WriteLine(MoneyParts.Options(workspace));
            w.WriteLine("</header>");
            MoneyParts.FileProblems(w, workspace);

            w.WriteLine("<section id=\"scenariolijst\" class=\"block\">");
            w.WriteLine("<h2>Scenario's</h2>");
            if (workspace.Scenarios.Count == 0)
            {
                w.WriteLine($"<p class=\"lead notice\">De map <code>{Html.E(workspace.Folder)}</code> bevat geen scenario's (.yaml of .yml), of bestaat niet.</p>");
                w.WriteLine($"<p class=\"note\">{Html.E(MoneyPages.HowToConfigure)}</p>");
                w.WriteLine("</section>");
                return;
            }

            w.WriteLine("<p class=\"lead\">Kies de scenario's die u naast elkaar wilt zien. Elk scenario wordt vergeleken met de basis; "
                + "zonder keuze worden alle bruikbare scenario's vergeleken.</p>");
            w.WriteLine("<form method=\"get\" action=\"/geld\" class=\"money-pick\">");
            WriteTable(w, workspace, selection);
            w.WriteLine("<div class=\"filter\">");
            WriteBaselineField(w, workspace, selection);
            MoneyParts.MunicipalityField(w, workspace, selection.Municipality);
            w.WriteLine("<button type=\"submit\">Vergelijken</button></div>");
            w.WriteLine("</form>");
            w.WriteLine("</section>");

            if (outcome is not null)
            {
                MoneyParts.Errors(w, outcome.Errors);
                if (outcome.Report is { } report)
                {
                    MoneyParts.Report(w, report);
                }
            }
        });

    private static void WriteTable(TextWriter w, MoneyWorkspace workspace, MoneySelection selection)
    {
        w.WriteLine("<div class=\"table-wrap\"><table class=\"summary scenario-list\">");
        w.WriteLine("<thead><tr><th scope=\"col\">Vergelijk</th><th scope=\"col\">Id</th><th scope=\"col\">Titel</th>"
            + "<th scope=\"col\">Bestand</th><th scope=\"col\">Bouwt voort op</th><th scope=\"col\" class=\"num\">Hefbomen</th></tr></thead>");
        w.WriteLine("<tbody>");
        foreach (var entry in workspace.Scenarios)
        {
            if (entry.Scenario is { } file)
            {
                var id = entry.Id!;
                var isChosen = selection.IsChosen(entry) ? " checked" : "";
                var unconfirmed = file.Unconfirmed.Count == 0 ? "" : $" <small class=\"unconfirmed\">+{Html.Number(file.Unconfirmed.Count)} niet bevestigd</small>";
                w.WriteLine($"<tr data-scenario=\"{Html.E(id)}\"><td><input type=\"checkbox\" name=\"s\" value=\"{Html.E(id)}\"{isChosen} aria-label=\"{Html.E($"Vergelijk {file.Scenario.Title}")}\"></td>"
                    + $"<th scope=\"row\"><a href=\"{MoneyParts.ScenarioUrl(id)}\"><code>{Html.E(id)}</code></a></th>"
                    + $"<td>{Html.E(file.Scenario.Title)}</td><td><code>{Html.E(entry.File)}</code></td>"
                    + $"<td>{(file.Extends is { } extends ? $"<code>{Html.E(extends)}</code>" : "–")}</td>"
                    + $"<td class=\"num\">{Html.Number(file.Scenario.Levers.Count)}{unconfirmed}</td></tr>");
            }
            else
            {
                WriteBroken(w, entry);
            }
        }

        w.WriteLine("</tbody></table></div>");
    }

    private static void WriteBroken(TextWriter w, ScenarioEntry entry)
    {
        w.Write($"<tr class=\"broken\" data-file=\"{Html.E(entry.File)}\"><td></td><th scope=\"row\">–</th><td colspan=\"4\">");
        w.Write($"<code>{Html.E(entry.File)}</code> kan niet worden gebruikt");
        w.Write(entry.ProblemFile is { } where && where != entry.File ? $"; de fout zit in <code>{Html.E(where)}</code>:" : ":");
        w.Write("<ul class=\"problems\">");
        foreach (var problem in entry.Problems)
        {
            w.Write($"<li>{Html.E(problem)}</li>");
        }

        w.WriteLine("</ul></td></tr>");
    }

    private static void WriteBaselineField(TextWriter w, MoneyWorkspace workspace, MoneySelection selection)
    {
        w.Write("<label>Basis <select name=\"basis\">");
        foreach (var entry in workspace.Usable)
        {
            var isBaseline = ReferenceEquals(entry, selection.Baseline) ? " selected" : "";
            w.Write($"<option value=\"{Html.E(entry.Id)}\"{isBaseline}>{Html.E(entry.Scenario!.Scenario.Title)}</option>");
        }

        w.WriteLine("</select></label>");
    }
}
