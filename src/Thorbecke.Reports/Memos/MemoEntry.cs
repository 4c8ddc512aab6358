namespace Thorbecke.Reports.Memos;

/// <summary>One document on an ask's timeline, as a memo prints it.</summary>
/// <param name="Heading">"15 april 2026 · Voorjaarsnota 2026", or only the document for an undated one.</param>
/// <param name="Verdict">"Begroting of Voorjaarsnota · oordeel: deels (beoordeeld door anna) · toezegging afgezwakt".</param>
/// <param name="Quote">The quote that shows the verdict, verbatim and without quotation marks; null when there is none.</param>
/// <param name="Page">The quote's page as readers find it ("p. 40 (pdf 42)"); null with <paramref name="Quote"/>.</param>
/// <param name="Amounts">"Bedrag: € 675 miljoen, p. 1", one per amount the document ties to the ask.</param>
/// <param name="Comment">"Opmerking van de beoordelaar: ..."; null when there is none.</param>
public sealed record MemoEntry(string Heading, string Verdict, string? Quote, string? Page, IReadOnlyList<string> Amounts, string? Comment)
{
    /// <summary>The quote in Dutch quotation marks; the writers print the page after it.</summary>
    public string? QuotedText => Quote is null ? null : $"“{Quote}”";
}
