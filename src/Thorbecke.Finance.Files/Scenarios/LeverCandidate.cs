using Thorbecke.Finance.Levers;

namespace Thorbecke.Finance.Files.Scenarios;

/// <summary>
/// A lever proposed from an amount found in a document: it goes into a draft scenario unconfirmed, and only
/// counts once an analyst has checked it against the page and set <c>confirmed: true</c>.
/// </summary>
/// <param name="Kind">Extra, OneOff or Cut.</param>
/// <param name="Millions">The amount per year (or once), in millions of euros.</param>
/// <param name="FromYear">The first year (the only one for a one-off amount).</param>
/// <param name="ToYear">The last year, or null for "to the end of the scenario".</param>
public sealed record LeverCandidate(string Label, string Justification, LeverKind Kind, decimal Millions, int FromYear, int? ToYear, LeverSource Source);
