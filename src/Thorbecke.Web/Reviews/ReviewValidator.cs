using System.Text.RegularExpressions;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Reviews;

/// <summary>
/// The rules for every review, whether it comes from the form or the API: the cell must be in the latest scan, the
/// verdict known, and every quote verbatim on its page (whitespace collapsed), because the results contract
/// promises readers that a quote can be found where it says.
/// </summary>
internal static partial class ReviewValidator
{
    public const int MaxQuotes = 10;
    public const int MaxQuoteLength = 1000;
    public const int MaxCommentLength = 2000;

    public static ReviewCheck Check(ReviewDraft draft, ReportView? view, Func<string, Document?> loadDocument, string reviewer)
    {
        if (view is null)
        {
            return ReviewCheck.Fail("Er is nog geen scan; er valt niets te beoordelen.");
        }

        var ask = view.Agenda.FindAsk(draft.Ask);
        if (ask is null)
        {
            return ReviewCheck.Fail($"Onbekende ask '{draft.Ask}' in de agenda van de laatste scan.");
        }

        var info = view.FindDocument(draft.Document);
        if (info is null)
        {
            return ReviewCheck.Fail($"Onbekend document '{draft.Document}' in de laatste scan.");
        }

        if (!VerdictNames.TryParse(draft.Verdict, out var verdict))
        {
            return ReviewCheck.Fail($"Onbekend oordeel '{draft.Verdict}'; kies support, partial, oppose of none.");
        }

        if (draft.SeenVersion < 0)
        {
            return ReviewCheck.Fail("De geziene versie kan niet negatief zijn.");
        }

        if (draft.Comment is { Length: > MaxCommentLength })
        {
            return ReviewCheck.Fail($"De opmerking is langer dan {MaxCommentLength} tekens.");
        }

        if (CheckEvidence(draft.Evidence, info, loadDocument) is { } problem)
        {
            return ReviewCheck.Fail(problem);
        }

        var machine = view.Cell(ask, info).Machine.Verdict;
        return new ReviewCheck(
            new ReviewRequest(ask.Id, info.Id, verdict, verdict == machine, draft.Evidence, draft.Comment, reviewer, draft.SeenVersion),
            null);
    }

    private static string? CheckEvidence(IReadOnlyList<ReviewEvidence> evidence, DocumentInfo info, Func<string, Document?> loadDocument)
    {
        if (evidence.Count == 0)
        {
            return null;
        }

        if (evidence.Count > MaxQuotes)
        {
            return $"Kies hoogstens {MaxQuotes} citaten.";
        }

        var document = loadDocument(info.Id);
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
