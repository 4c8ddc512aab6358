using System.Text.RegularExpressions;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Application.Reviews;

/// <summary>
/// The rules for every review, whether it comes from the form or the API: the cell must be in the latest scan, the
/// verdict known, the version seen one that exists, and every quote verbatim on its page (whitespace collapsed),
/// because the results contract promises readers that a quote can be found where it says.
/// </summary>
public static partial class ReviewRules
{
    public const int MaxQuotes = 10;
    public const int MaxQuoteLength = 1000;
    public const int MaxCommentLength = 2000;

    /// <summary>The request to store, or the Dutch reason it cannot be stored.</summary>
    /// <param name="draft">The review as it was sent.</param>
    /// <param name="latest">The project's latest scan; null when there is none.</param>
    /// <param name="catalog">The stored documents, whose pages the quotes must be on.</param>
    /// <param name="history">Every saved version of the cell, oldest first.</param>
    /// <param name="reviewer">Who sends it.</param>
    public static (ReviewRequest? Request, string? Error) Check(
        ReviewDraft draft, ScanReport? latest, IDocumentCatalog catalog, IReadOnlyList<Review> history, string reviewer)
    {
        if (latest is null)
        {
            return Fail("Er is nog geen scan; er valt niets te beoordelen.");
        }

        var ask = latest.Agenda.FindAsk(draft.Ask);
        if (ask is null)
        {
            return Fail($"Onbekende ask '{draft.Ask}' in de agenda van de laatste scan.");
        }

        var info = latest.Documents.FirstOrDefault(d => string.Equals(d.Id, draft.Document, StringComparison.Ordinal));
        if (info is null)
        {
            return Fail($"Onbekend document '{draft.Document}' in de laatste scan.");
        }

        if (!VerdictNames.TryParse(draft.Verdict, out var verdict))
        {
            return Fail($"Onbekend oordeel '{draft.Verdict}'; kies support, partial, oppose of none.");
        }

        var newest = history.Count == 0 ? 0 : history[^1].Version;
        if (draft.SeenVersion < 0 || draft.SeenVersion > newest)
        {
            return Fail($"Versie {draft.SeenVersion} van deze cel bestaat niet; de laatste is {newest}.");
        }

        if (draft.Comment is { Length: > MaxCommentLength })
        {
            return Fail($"De opmerking is langer dan {MaxCommentLength} tekens.");
        }

        if (CheckEvidence(draft.Evidence, info, catalog) is { } problem)
        {
            return Fail(problem);
        }

        var machine = latest.Find(ask.Id, info.Id)?.Verdict ?? Verdict.None;
        return (new ReviewRequest(ask.Id, info.Id, verdict, verdict == machine, draft.Evidence, draft.Comment, reviewer, draft.SeenVersion), null);
    }

    private static (ReviewRequest?, string?) Fail(string error) => (null, error);

    private static string? CheckEvidence(IReadOnlyList<ReviewEvidence> evidence, DocumentInfo info, IDocumentCatalog catalog)
    {
        if (evidence.Count == 0)
        {
            return null;
        }

        if (evidence.Count > MaxQuotes)
        {
            return $"Kies hoogstens {MaxQuotes} citaten.";
        }

        var document = catalog.LoadDocument(info.Id);
        foreach (var quote in evidence)
        {
            if (string.IsNullOrWhiteSpace(quote.Quote) || quote.Quote.Length > MaxQuoteLength)
            {
                return $"Een citaat moet tekst hebben en mag hoogstens {MaxQuoteLength} tekens lang zijn.";
            }

            if (document?.FindPage(quote.Page) is not { } page)
            {
                return $"Pagina {quote.Page} bestaat niet in dit document (1 tot en met {info.Pages}).";
            }

            if (!Collapse(page.Text).Contains(Collapse(quote.Quote), StringComparison.Ordinal))
            {
                return $"Het citaat staat niet letterlijk op pagina {quote.Page}: \"{quote.Quote.Trim()}\".";
            }
        }

        return null;
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
