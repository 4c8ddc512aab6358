namespace Thorbecke.Reports.Memos;

/// <summary>One ask in a theme memo's overview.</summary>
/// <param name="Ask">"formatie-01: Schaf de opschalingskorting af."</param>
/// <param name="Status">"deels (sinds Voorjaarsnota 2026)".</param>
/// <param name="Commitment">The commitment's outcome ("afgezwakt"), or "geen".</param>
public sealed record MemoSummaryRow(string Ask, string Status, string Commitment);
