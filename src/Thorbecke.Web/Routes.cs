using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Thorbecke.Application.Reviews;
using Thorbecke.Core.Accounts;
using Thorbecke.Core.Reviews;
using Thorbecke.Web.Api;
using Thorbecke.Web.Comparison;
using Thorbecke.Web.Documents;
using Thorbecke.Web.Money;
using Thorbecke.Web.Pages;
using Thorbecke.Web.Reviewing;
using Thorbecke.Web.Reviews;
using Thorbecke.Web.Security;
using Thorbecke.Web.Uploads;

namespace Thorbecke.Web;

/// <summary>
/// Every route of the app, listed first; the page handlers follow. The others live by feature: the API in
/// <see cref="ApiHandlers"/>, downloads in <see cref="Exports"/>, uploads in <see cref="UploadHandlers"/>, the compare
/// pages in <see cref="CompareHandlers"/> and the money pages in <see cref="MoneyHandlers"/>. Every route needs a login
/// unless it says AllowAnonymous; every form POST is checked for its anti-forgery token because it binds an
/// <see cref="IFormCollection"/>.
/// </summary>
internal static class Routes
{
    public static void MapRoutes(this WebApplication app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet(Stylesheet.Path, Stylesheet.Serve).AllowAnonymous();
        pages.MapGet("/inloggen", LoginForm).AllowAnonymous();
        pages.MapPost("/inloggen", Login).AllowAnonymous().RequireRateLimiting(LoginRateLimits.Policy);
        pages.MapPost("/uitloggen", Logout);

        pages.MapGet("/", Overview);
        pages.MapGet(ReviewQueuePage.Path, Queue);
        pages.MapGet("/vragen/{askId}", AskDetail);
        pages.MapGet("/vragen/{askId}/{documentId}", CellDetail);
        pages.MapPost("/vragen/{askId}/{documentId}", SaveCell).RequireAuthorization(Roles.CanReview);
        pages.MapGet("/documenten", DocumentList);
        pages.MapGet("/documenten/{documentId}", DocumentDetail);
        pages.MapGet("/documenten/{documentId}/origineel", OriginalFile.Serve);
        pages.MapGet("/zoeken", Search);
        pages.MapGet(UploadHandlers.Path, UploadHandlers.Show);
        pages.MapPost(UploadHandlers.Path, UploadHandlers.Upload).RequireAuthorization(Roles.CanReview);
        pages.MapPost("/toevoegen/{id:long}/opnieuw", UploadHandlers.Retry).RequireAuthorization(Roles.CanReview);
        pages.MapGet(ComparePage.Path, CompareHandlers.Compare);
        pages.MapGet(PassagePage.Path, CompareHandlers.PassageForm);
        pages.MapPost(PassagePage.Path, CompareHandlers.FindPassage);
        pages.MapGet("/geld", MoneyHandlers.List);
        pages.MapGet("/geld/{scenarioId}", MoneyHandlers.Scenario);

        pages.MapGet("/export", (HttpContext http) => Html.Page(ExportPage.Render(PageContext.From(http))));
        pages.MapGet("/export/resultaten.json", Exports.Json);
        pages.MapGet("/export/resultaten.csv", Exports.Csv);
        pages.MapGet("/export/resultaten.xlsx", Exports.Xlsx);
        pages.MapGet("/export/rapport.html", Exports.Report);

        var api = app.MapGroup("/api").WithTags("Thorbecke");
        api.MapGet("/results", ApiHandlers.Results)
            .WithSummary("De resultaten van de laatste scan volgens het resultatencontract, met de beoordelingen erin.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces<ApiError>(StatusCodes.Status404NotFound);
        api.MapPost("/reviews", ApiHandlers.SaveReview)
            .RequireAuthorization(Roles.CanReview)
            .WithSummary("Slaat een beoordeling van een cel op; seenVersion is de versie die de client zag.")
            .Accepts<ReviewBody>("application/json")
            .Produces<ReviewResponse>(StatusCodes.Status200OK)
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces(StatusCodes.Status401Unauthorized)
            .Produces<ApiError>(StatusCodes.Status403Forbidden)
            .Produces<ConflictResponse>(StatusCodes.Status409Conflict);
        app.MapOpenApi();
    }

    private static IResult LoginForm(HttpContext http, string? returnUrl) =>
        Html.Page(LoginPage.Render(PageContext.From(http), returnUrl));

    private static async Task<IResult> Login(HttpContext http, IFormCollection form, ReportSource source)
    {
        var name = form["naam"].ToString().Trim();
        var returnUrl = form["ReturnUrl"].ToString();
        var account = name.Length == 0 ? null : source.Store.FindAccount(name);

        // An unknown name is checked against a dummy hash, so the answer takes as long as for a wrong password.
        var verified = PasswordHashing.Verify(form["wachtwoord"].ToString(), account?.PasswordHash ?? UnknownAccountHash.Value);
        if (account is null || !verified)
        {
            return Html.Page(LoginPage.Render(PageContext.From(http), returnUrl, name, LoginPage.Failed), StatusCodes.Status401Unauthorized);
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Roles.Principal(account, CookieAuthenticationDefaults.AuthenticationScheme));
        return Results.Redirect(LocalReturnUrl.Resolve(returnUrl));
    }

    private static readonly Lazy<string> UnknownAccountHash = new(() => PasswordHashing.Hash(Guid.NewGuid().ToString()));

    /// <summary>Ends every session of the account, not only this browser's: a copied cookie is refused from now on.</summary>
    private static async Task<IResult> Logout(HttpContext http, IFormCollection form, ReportSource source)
    {
        if (http.User.Identity?.Name is { } name)
        {
            source.Store.RotateSecurityStamp(name);
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/inloggen");
    }

    private static IResult Overview(HttpContext http, ReportSource source) =>
        source.View() is { } view
            ? Html.Page(OverviewPage.Render(PageContext.From(http), view, OverviewFilter.From(http.Request.Query)))
            : Html.Page(ErrorPage.NoScan(PageContext.From(http)));

    private static IResult Queue(HttpContext http, ReportSource source) =>
        source.View() is { } view
            ? Html.Page(ReviewQueuePage.Render(PageContext.From(http), view))
            : Html.Page(ErrorPage.NoScan(PageContext.From(http)), StatusCodes.Status404NotFound);

    private static IResult AskDetail(HttpContext http, ReportSource source, string askId) =>
        source.View() is not { } view ? Html.Page(ErrorPage.NoScan(PageContext.From(http)), StatusCodes.Status404NotFound)
        : view.Agenda.FindAsk(askId) is not { } ask ? NotFound(http, $"De ask '{askId}' staat niet in de agenda van de laatste scan.")
        : Html.Page(AskPage.Render(PageContext.From(http), view, ask));

    private static IResult CellDetail(HttpContext http, ReportSource source, string askId, string documentId, string? opgeslagen)
    {
        if (source.View() is not { } view)
        {
            return Html.Page(ErrorPage.NoScan(PageContext.From(http)), StatusCodes.Status404NotFound);
        }

        if (view.Agenda.FindAsk(askId) is not { } ask || view.FindDocument(documentId) is not { } document)
        {
            return NotFound(http, "Deze cel staat niet in de laatste scan.");
        }

        var message = opgeslagen is null ? null : CellMessage.Saved(ReviewQueue.Next(view, ask.Id, document.Id)?.Url);
        return Html.Page(CellPage.Render(PageContext.From(http), view, ask, document, source.Store.ReviewHistory(ask.Id, document.Id), message, text: source.Store.LoadDocument(document.Id)));
    }

    private static IResult SaveCell(HttpContext http, ReportSource source, RelearnQueue relearn, IFormCollection form, string askId, string documentId)
    {
        if (source.View() is not { } view)
        {
            return Html.Page(ErrorPage.NoScan(PageContext.From(http)), StatusCodes.Status404NotFound);
        }

        if (view.Agenda.FindAsk(askId) is not { } ask || view.FindDocument(documentId) is not { } document)
        {
            return NotFound(http, "Deze cel staat niet in de laatste scan.");
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

    private static IResult DocumentList(HttpContext http, ReportSource source) =>
        source.View() is { } view
            ? Html.Page(DocumentListPage.Render(PageContext.From(http), view))
            : Html.Page(ErrorPage.NoScan(PageContext.From(http)), StatusCodes.Status404NotFound);

    private static IResult DocumentDetail(HttpContext http, ReportSource source, string documentId) =>
        source.View() is not { } view ? Html.Page(ErrorPage.NoScan(PageContext.From(http)), StatusCodes.Status404NotFound)
        : source.Store.LoadDocument(documentId) is not { } document ? NotFound(http, $"Het document '{documentId}' is niet bekend.")
        : Html.Page(DocumentPage.Render(PageContext.From(http), view, document));

    private static IResult Search(HttpContext http, ReportSource source, string? q) =>
        source.View() is { } view
            ? Html.Page(SearchPage.Render(PageContext.From(http), view, source.Store, q))
            : Html.Page(ErrorPage.NoScan(PageContext.From(http)), StatusCodes.Status404NotFound);

    private static IResult NotFound(HttpContext http, string message) =>
        Html.Page(ErrorPage.Render(PageContext.From(http), "Niet gevonden", message), StatusCodes.Status404NotFound);
}
