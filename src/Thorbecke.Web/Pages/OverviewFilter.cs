using Microsoft.AspNetCore.Http;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Web.Pages;

/// <summary>
/// The overview's filters, from a plain GET query string (<c>?thema=Wonen&amp;partij=ID&amp;oordeel=support&amp;beoordeeld=ja</c>),
/// so a filtered view is a link someone can bookmark or send. Unknown values are ignored rather than refused.
/// </summary>
internal sealed record OverviewFilter(string? Theme, string? Document, Verdict? Verdict, bool? Reviewed)
{
    public bool IsEmpty => Theme is null && Document is null && Verdict is null && Reviewed is null;

    /// <summary>Verdict and review state hide cells; theme and party hide whole rows and columns.</summary>
    public bool FiltersCells => Verdict is not null || Reviewed is not null;

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
        return new OverviewFilter(Value(query, "thema"), Value(query, "partij"), verdict, reviewed);
    }

    public bool Shows(Ask ask) => Theme is null || string.Equals(ask.Theme, Theme, StringComparison.Ordinal);

    public bool Shows(DocumentInfo document) => Document is null || string.Equals(document.Id, Document, StringComparison.Ordinal);

    public bool Shows(ReviewedResult cell) => ShowsReviewState(cell) && (Verdict is null || cell.Verdict == Verdict);

    /// <summary>The review filter alone: the verdict counts use it, so each count says what choosing that verdict would show.</summary>
    public bool ShowsReviewState(ReviewedResult cell) => Reviewed is null || cell.IsReviewed == Reviewed;
}
