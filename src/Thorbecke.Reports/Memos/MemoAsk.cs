namespace Thorbecke.Reports.Memos;

/// <summary>One ask's section of a memo.</summary>
/// <param name="Heading">"formatie-01: Schaf de opschalingskorting af."</param>
/// <param name="ThemeLine">"Thema: ...".</param>
/// <param name="StatusLine">"Status nu: deels (sinds Voorjaarsnota 2026, 15 april 2026)".</param>
/// <param name="CommitmentLine">The promise the agreement made and what became of it; null when none was made.</param>
/// <param name="Dated">The dated documents that speak to the ask, oldest first.</param>
/// <param name="Undated">The documents without a date, shown last under <see cref="UndatedHeading"/>.</param>
/// <param name="SilentLine">"3 documenten zeggen niets over deze vraag.", or "Geen van de 6 documenten ..." when none speaks; null when every document speaks.</param>
public sealed record MemoAsk(
    string Heading,
    string ThemeLine,
    string StatusLine,
    string? CommitmentLine,
    IReadOnlyList<MemoEntry> Dated,
    IReadOnlyList<MemoEntry> Undated,
    string? SilentLine)
{
    public const string TimelineHeading = "Tijdlijn";

    public const string UndatedHeading = "Zonder datum";

}
