using Thorbecke.Finance.Files.Scenarios;
using Thorbecke.Finance.Files.Workbench;
using Thorbecke.Finance.Levers;
using Thorbecke.Reports.Money;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Money;

/// <summary>
/// <c>/geld/{id}</c>: one scenario, where each lever comes from and whether it counts, then the report's tables and
/// charts for it; with <c>?gemeente=</c> also the effect for that municipality.
/// </summary>
internal static class MoneyScenarioPage
{
    public static string Render(PageContext page, MoneyWorkspace workspace, ScenarioEntry entry, MoneyOutcome outcome, string? municipality) =>
        Layout.Render(page, entry.Scenario!.Scenario.Title, w =>
        {
            var file = entry.Scenario;
            var scenario = file.Scenario;
            w.WriteLine("<header class=\"masthead\"><p class=\"kicker\"><a href=\"/geld\">Gemeentefonds</a> · scenario</p>");
            w.WriteLine($"<h1>{Html.E(scenario.Title)}</h1>");
            w.Write($"<p class=\"meta\"><span>Id <code>{Html.E(scenario.Id)}</code></span><span>Bestand <code>{Html.E(entry.File)}</code></span>");
            if (file.Extends is { } extends)
            {
                w.Write($"<span>Bouwt voort op <code>{Html.E(extends)}</code></span>");
            }

            w.WriteLine($"<span>Normering: {Html.E(scenario.Normering.Name)}</span><span>{Html.Number(scenario.FromYear)}–{Html.Number(scenario.ToYear)}</span></p>");
            w.WriteLine("</header>");
            MoneyParts.FileProblems(w, workspace);

            if (workspace.Municipalities is not null)
            {
                w.WriteLine($"<form method=\"get\" action=\"{MoneyParts.ScenarioUrl(scenario.Id)}\" class=\"filter municipality-pick\">");
                MoneyParts.MunicipalityField(w, workspace, municipality);
                w.WriteLine("<button type=\"submit\">Toon effect</button></form>");
            }

            WriteOrigins(w, file);
            MoneyParts.Errors(w, outcome.Errors);
            if (outcome.Report is { } report)
            {
                MoneyParts.Report(w, report);
            }
        });

    /// <summary>
    /// Every lever of the file, also those not confirmed yet (the report leaves them out because they do not count),
    /// with the passage it was taken from, so a reviewer can check it on the page.
    /// </summary>
    private static void WriteOrigins(TextWriter w, ScenarioFile file)
    {
        var levers = file.Scenario.Levers.Select(l => (Lever: l, Confirmed: true))
            .Concat(file.Unconfirmed.Select(l => (Lever: l, Confirmed: false)))
            .ToList();
        w.WriteLine("<section id=\"herkomst\" class=\"block\">");
        w.WriteLine("<h2>Hefbomen en hun herkomst</h2>");
        if (levers.Count == 0)
        {
            w.WriteLine("<p class=\"note\">Geen hefbomen: het fonds volgt de normering.</p>");
            w.WriteLine("</section>");
            return;
        }

        w.WriteLine("<p class=\"lead\">Alleen bevestigde hefbomen tellen mee in de berekening hieronder. Een hefboom uit een document "
            + "telt pas mee als een analist het bedrag op de pagina heeft gecontroleerd en <code>confirmed: true</code> heeft gezet.</p>");
        w.WriteLine("<div class=\"table-wrap\"><table class=\"summary origins\">");
        w.WriteLine("<thead><tr><th scope=\"col\">Hefboom</th><th scope=\"col\">Soort</th><th scope=\"col\">Status</th>"
            + "<th scope=\"col\">Toelichting</th><th scope=\"col\">Bron</th></tr></thead><tbody>");
        foreach (var (lever, confirmed) in levers)
        {
            var status = confirmed
                ? "<span class=\"tag confirmed\">bevestigd, telt mee</span>"
                : "<span class=\"tag unconfirmed\">niet bevestigd, telt niet mee</span>";
            w.WriteLine($"<tr class=\"{(confirmed ? "confirmed" : "unconfirmed")}\"><th scope=\"row\">{Html.E(lever.Label)}</th>"
                + $"<td><span class=\"lever-kind\">{Html.E(LeverKindNames.Dutch(lever.Kind))}</span></td><td>{status}</td>"
                + $"<td class=\"justification\">{Html.E(lever.Justification)}</td><td class=\"source\">{Source(file, lever)}</td></tr>");
        }

        w.WriteLine("</tbody></table></div>");
        w.WriteLine("</section>");
    }

    private static string Source(ScenarioFile file, Lever lever)
    {
        if (!file.Sources.TryGetValue(lever, out var source))
        {
            return "<span class=\"nil\">–</span>";
        }

        var page = source.Page is { } number ? $", p. {Html.Number(number)}" : "";
        var quote = source.Quote is { Length: > 0 } text ? $"<blockquote class=\"quote\">{Html.E(text)}</blockquote>" : "";
        return $"<code>{Html.E(source.Document)}</code>{page}{quote}";
    }
}
