using Microsoft.AspNetCore.Http;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Overview;

/// <summary>
/// The overview's filters, from a plain GET query string
/// (<c>?thema=Wonen&amp;partij=ID&amp;oordeel=support&amp;beoordeeld=ja&amp;zekerheid=na-te-kijken</c>), so a filtered view
/// is a link someone can bookmark or send. Unknown values are ignored rather than refused.
/// </summary>
internal sealed record OverviewFilter(string? Theme, string? Document, Verdict? Verdict, bool? Reviewed, Certainty? Certainty = null)
{
    public const string NeedsReviewValue = "na-te-kijken";
    public const string SureValue = "zeker";

    public bool IsEmpty => Theme is null && Document is null && Verdict is null && Reviewed is null && Certainty is null;

    /// <summary>Verdict, review state and certainty hide cells; theme and party hide whole rows and columns.</summary>
    public bool FiltersCells => Verdict is not null || Reviewed is not null || Certainty is not null;

    public static OverviewFilter From(IQueryCollection query)
    {
        static string? Value(IQueryCollection query, string key) =>
            query[key].ToString() is { Length: > 0 } value ? value : null;

        Verdict? verdict = VerdictNames.TryParse(Value(query, "oordeel"), out var parsed) ? parsed : null;
        bool? reviewed = Value(query, "beoordeeld") switch
        {
            "ja" => true,
            "nee" => false,
            _ => null,
        };
        Certainty? certainty = Value(query, "zekerheid") switch
        {
            NeedsReviewValue => Pages.Certainty.NeedsReview,
            SureValue => Pages.Certainty.Sure,
            _ => null,
        };
        return new OverviewFilter(Value(query, "thema"), Value(query, "partij"), verdict, reviewed, certainty);
    }

    public bool Shows(Ask ask) => Theme is null || string.Equals(ask.Theme, Theme, StringComparison.Ordinal);

    public bool Shows(DocumentInfo document) => Document is null || string.Equals(document.Id, Document, StringComparison.Ordinal);

    public bool Shows(ReviewedResult cell) => ShowsVerdict(cell) && ShowsReviewState(cell) && ShowsCertainty(cell);

    // Each count beside a choice uses the other filters only, so it says what choosing that value would show.
    public bool ShowsVerdict(ReviewedResult cell) => Verdict is null || cell.Verdict == Verdict;

    public bool ShowsReviewState(ReviewedResult cell) => Reviewed is null || cell.IsReviewed == Reviewed;

    public bool ShowsCertainty(ReviewedResult cell) => Certainty is null || CertaintyOf(cell) == Certainty;

    public static Certainty CertaintyOf(ReviewedResult cell) =>
        ConfidenceLook.NeedsReview(cell) ? Pages.Certainty.NeedsReview : Pages.Certainty.Sure;
}
