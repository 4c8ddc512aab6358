using Microsoft.AspNetCore.Http;
using Thorbecke.Application.Reviews;
using Thorbecke.Web.Pages;
using Thorbecke.Web.Reviewing;
using Thorbecke.Web.Reviews;
using Thorbecke.Web.Security;

namespace Thorbecke.Web.Asks;

/// <summary>
/// One ask across the documents, one cell with its history and review form, saving a review, and the queue of cells
/// that wait for one; <see cref="Routes"/> maps them.
/// </summary>
internal static class AskHandlers
{
    public static IResult Ask(HttpContext http, ReportSource source, string askId) =>
        source.View() is not { } view ? ErrorPage.NoScanFound(http)
        : view.Agenda.FindAsk(askId) is not { } ask ? ErrorPage.NotFound(http, $"De ask '{askId}' staat niet in de agenda van de laatste scan.")
        : Html.Page(AskPage.Render(PageContext.From(http), view, ask));

    public static IResult Queue(HttpContext http, ReportSource source) =>
        source.View() is { } view
            ? Html.Page(ReviewQueuePage.Render(PageContext.From(http), view))
            : ErrorPage.NoScanFound(http);

    public static IResult Cell(HttpContext http, ReportSource source, string askId, string documentId, string? opgeslagen)
    {
        if (source.View() is not { } view)
        {
            return ErrorPage.NoScanFound(http);
        }

        if (view.Agenda.FindAsk(askId) is not { } ask || view.FindDocument(documentId) is not { } document)
        {
            return ErrorPage.NotFound(http, "Deze cel staat niet in de laatste scan.");
        }

        var message = opgeslagen is null ? null : CellMessage.Saved(ReviewQueue.Next(view, ask.Id, document.Id)?.Url);
        return Html.Page(CellPage.Render(PageContext.From(http), view, ask, document, source.Store.ReviewHistory(ask.Id, document.Id), message, text: source.Store.LoadDocument(document.Id)));
    }

    /// <summary>Saves the review form of a cell; <see cref="Roles.CanReview"/> is required by the route.</summary>
    public static IResult SaveCell(HttpContext http, ReportSource source, RelearnQueue relearn, IFormCollection form, string askId, string documentId)
    {
        if (source.View() is not { } view)
        {
            return ErrorPage.NoScanFound(http);
        }

        if (view.Agenda.FindAsk(askId) is not { } ask || view.FindDocument(documentId) is not { } document)
        {
            return ErrorPage.NotFound(http, "Deze cel staat niet in de laatste scan.");
        }

        var store = source.Store;
        var draft = ReviewForm.Read(form, ask.Id, document.Id);
        var outcome = draft is null
            ? new ReviewOutcome(null, "Het formulier is onvolledig of beschadigd; laad de pagina opnieuw en probeer het nog eens.", null)
            : ReviewSaving.Save(store, source.Latest(), draft, http.User.Identity!.Name!);
        if (outcome.Saved is not null)
        {
            relearn.Add(ask.Id);
            return Results.Redirect($"{ReportView.CellUrl(ask, document)}?opgeslagen=1");
        }

        var history = store.ReviewHistory(ask.Id, document.Id);
        return outcome.Conflict is { } current
            ? Html.Page(CellPage.Render(PageContext.From(http), source.View() ?? view, ask, document, history, CellMessage.ConflictWith(current)), StatusCodes.Status409Conflict)
            : Html.Page(CellPage.Render(PageContext.From(http), view, ask, document, history, CellMessage.Error(outcome.Error!), draft), StatusCodes.Status400BadRequest);
    }
}
