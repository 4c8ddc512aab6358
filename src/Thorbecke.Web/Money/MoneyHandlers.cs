using Microsoft.AspNetCore.Http;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Money;

/// <summary>The handlers of the money pages (routes listed in <see cref="Routes"/>); read-only, so every role may use them.</summary>
internal static class MoneyHandlers
{
    public static IResult List(HttpContext http, MoneySource source)
    {
        var page = PageContext.From(http);
        if (source.Load() is not { } workspace)
        {
            return Html.Page(MoneyPages.NotConfigured(page));
        }

        var selection = MoneySelection.From(http.Request.Query, workspace);
        var outcome = selection.Chosen.Count == 0 ? null : MoneyCalculation.Run(workspace, selection.Chosen, selection.Municipality);
        return Html.Page(MoneyListPage.Render(page, workspace, selection, outcome));
    }

    public static IResult Scenario(HttpContext http, MoneySource source, string scenarioId, string? gemeente)
    {
        var page = PageContext.From(http);
        if (source.Load() is not { } workspace)
        {
            return Html.Page(MoneyPages.NotConfigured(page), StatusCodes.Status404NotFound);
        }

        if (workspace.Find(scenarioId) is not { } entry)
        {
            return Html.Page(ErrorPage.Render(page, "Niet gevonden",
                $"Er is geen bruikbaar scenario met id '{scenarioId}' in {workspace.Folder}; de lijst op /geld toont ook de bestanden met een fout."),
                StatusCodes.Status404NotFound);
        }

        var municipality = string.IsNullOrWhiteSpace(gemeente) ? null : gemeente.Trim();
        var outcome = MoneyCalculation.Run(workspace, [entry], municipality);
        return Html.Page(MoneyScenarioPage.Render(page, workspace, entry, outcome, municipality));
    }
}
