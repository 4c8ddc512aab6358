using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Thorbecke.Application.Reviews;
using Thorbecke.Core.Reviews;
using Thorbecke.Web.Reviewing;

namespace Thorbecke.Web.Api;

/// <summary>
/// The JSON API. It uses the same login cookie as the pages but no anti-forgery token: a cross-site page cannot
/// send this request with the cookie, because the cookie is SameSite=Strict, and the endpoint only accepts an
/// application/json body, which a cross-site form cannot send and a cross-site script can only send after a CORS
/// preflight that this app never answers.
/// </summary>
internal static class ApiHandlers
{
    public static IResult Results(ReportSource source) =>
        source.Json() is { } json
            ? TypedResults.Bytes(json, "application/json; charset=utf-8")
            : TypedResults.NotFound(new ApiError(NoScan));

    public static IResult SaveReview(ReviewBody body, ReportSource source, RelearnQueue relearn, ClaimsPrincipal user)
    {
        if (string.IsNullOrWhiteSpace(body.Ask) || string.IsNullOrWhiteSpace(body.Document) || string.IsNullOrWhiteSpace(body.Verdict))
        {
            return TypedResults.BadRequest(new ApiError("Geef ask, document en verdict op."));
        }

        var evidence = (body.Evidence ?? []).Select(e => new ReviewEvidence(e.Page, e.Quote ?? "")).ToList();
        var draft = new ReviewDraft(body.Ask, body.Document, body.Verdict, evidence, string.IsNullOrWhiteSpace(body.Comment) ? null : body.Comment.Trim(), body.SeenVersion ?? 0);
        var outcome = ReviewSaving.Save(source.Store, source.Latest(), draft, user.Identity!.Name!);
        if (outcome.Saved is { } saved)
        {
            relearn.Add(saved.Ask);
            return TypedResults.Ok(ReviewResponse.From(saved));
        }

        return outcome.Conflict is { } current
            ? TypedResults.Conflict(new ConflictResponse(
                $"Iemand anders heeft deze cel intussen opgeslagen (versie {current.Version}, door {current.Reviewer}); er is niets overschreven.",
                ReviewResponse.From(current)))
            : TypedResults.BadRequest(new ApiError(outcome.Error!));
    }

    public const string NoScan = "De database bevat nog geen afgeronde scan.";
}
