using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Thorbecke.Reports.Changes;
using Thorbecke.Web.Api;
using Thorbecke.Web.Asks;
using Thorbecke.Web.Comparison;
using Thorbecke.Web.Documents;
using Thorbecke.Web.Exports;
using Thorbecke.Web.Money;
using Thorbecke.Web.Overview;
using Thorbecke.Web.Pages;
using Thorbecke.Web.Reviewing;
using Thorbecke.Web.Security;
using Thorbecke.Web.Timeline;
using Thorbecke.Web.Uploads;

namespace Thorbecke.Web;

/// <summary>
/// Every route of the app, in one list; the handlers live in their feature folders' <c>*Handlers</c> classes (login in
/// <c>Security/</c>, the overview, asks and cells, documents and search, uploads, comparisons, money, exports and the
/// API). Every route needs a login unless it says AllowAnonymous; every form POST is checked for its anti-forgery token
/// because its handler binds an <see cref="IFormCollection"/>.
/// </summary>
internal static class Routes
{
    public static void MapRoutes(this WebApplication app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet(Stylesheet.Path, Stylesheet.Serve).AllowAnonymous();
        pages.MapGet("/inloggen", LoginHandlers.Form).AllowAnonymous();
        pages.MapPost("/inloggen", LoginHandlers.Login).AllowAnonymous().RequireRateLimiting(LoginRateLimits.Policy);
        pages.MapPost("/uitloggen", LoginHandlers.Logout);

        pages.MapGet("/", OverviewHandlers.Overview);
        pages.MapGet(ReviewQueuePage.Path, AskHandlers.Queue);
        pages.MapGet("/vragen/{askId}", AskHandlers.Ask);
        pages.MapGet("/vragen/{askId}/{documentId}", AskHandlers.Cell);
        pages.MapPost("/vragen/{askId}/{documentId}", AskHandlers.SaveCell).RequireAuthorization(Roles.CanReview);
        pages.MapGet("/documenten", DocumentHandlers.List);
        pages.MapGet("/documenten/{documentId}", DocumentHandlers.Detail);
        pages.MapGet("/documenten/{documentId}/origineel", OriginalFile.Serve);
        pages.MapGet(DraftScenarioDownload.Path, DraftScenarioDownload.Serve);
        pages.MapGet(ChangesHandlers.Path, ChangesHandlers.Page);
        pages.MapGet("/zoeken", DocumentHandlers.Search);
        pages.MapGet(UploadHandlers.Path, UploadHandlers.Show);
        pages.MapPost(UploadHandlers.Path, UploadHandlers.Upload).RequireAuthorization(Roles.CanReview);
        pages.MapPost("/toevoegen/{id:long}/opnieuw", UploadHandlers.Retry).RequireAuthorization(Roles.CanReview);
        pages.MapGet(ComparePage.Path, CompareHandlers.Compare);
        pages.MapGet(PassagePage.Path, CompareHandlers.PassageForm);
        pages.MapPost(PassagePage.Path, CompareHandlers.FindPassage);
        pages.MapGet("/geld", MoneyHandlers.List);
        pages.MapGet("/geld/{scenarioId}", MoneyHandlers.Scenario);

        pages.MapGet("/export", ExportHandlers.Page);
        pages.MapGet("/export/resultaten.json", ExportHandlers.Json);
        pages.MapGet("/export/resultaten.csv", ExportHandlers.Csv);
        pages.MapGet("/export/resultaten.xlsx", ExportHandlers.Xlsx);
        pages.MapGet("/export/rapport.html", ExportHandlers.Report);
        pages.MapGet(MemoHandlers.DocxPath, MemoHandlers.Docx);
        pages.MapGet(MemoHandlers.MarkdownPath, MemoHandlers.Markdown);

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
        api.MapGet("/changes", ChangesHandlers.Api)
            .WithSummary("Wat er veranderde sinds een dag (since, als 2026-03-01; standaard de datum van het nieuwste document): vragen waarvan de status of toezegging verschoof, met de documenten die dat deden.")
            .Produces<ChangesJson>(StatusCodes.Status200OK)
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status404NotFound);
        app.MapOpenApi();
    }
}
