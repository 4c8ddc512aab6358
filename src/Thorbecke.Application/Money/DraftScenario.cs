using Thorbecke.Core.Documents;
using Thorbecke.Finance.Files.Scenarios;
using Thorbecke.Finance.Levers;
using Thorbecke.MoneyMentions;

namespace Thorbecke.Application.Money;

/// <summary>
/// A draft scenario from the amounts one document ties to municipalities: every amount an unconfirmed lever with its
/// page and quote, for an analyst to check and confirm. <c>thorbecke money find --concept</c> and the web app's
/// download write the same file.
/// </summary>
public static class DraftScenario
{
    public const int From = 2025;
    public const int To = 2030;

    /// <summary>The scenario's id, which is also its file name without ".yaml": "concept-voorjaarsnota".</summary>
    public static string Id(DocumentInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return $"concept-{Path.GetFileNameWithoutExtension(info.File)}";
    }

    /// <summary>The scenario file's text (YAML).</summary>
    /// <param name="info">The document the amounts come from.</param>
    /// <param name="mentions">The amounts found in it (<see cref="MoneyMentionFinder"/>).</param>
    /// <param name="extends">The base scenario it builds on, as a path relative to the draft; null for none.</param>
    public static string Write(DocumentInfo info, IEnumerable<MoneyMention> mentions, string? extends = null)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(mentions);
        return DraftScenarioWriter.Write(Id(info), $"Concept: {info.Party}", From, To, mentions.Select(m => Candidate(info, m)).ToList(), extends);
    }

    /// <summary>
    /// A found amount as a lever: a cut as a cut, a one-off as a one-off, anything else as structural extra money from
    /// its first year (or the year after the draft's start), an unknown recurrence flagged for the analyst.
    /// </summary>
    public static LeverCandidate Candidate(DocumentInfo info, MoneyMention mention)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(mention);
        var kind = mention.Direction == MoneyDirection.Cut ? LeverKind.Cut
            : mention.Recurrence == Recurrence.OneOff ? LeverKind.OneOff
            : LeverKind.Extra;
        var from = mention.FromYear is { } year && year is >= From and <= To ? year : From + 1;
        var justification = $"{info.Party}, p. {mention.Page}: {MoneyWords.Of(mention.Recurrence)}, {MoneyWords.Of(mention.Direction)}"
            + (mention.LinkedAskIds.Count > 0 ? $"; vragen {string.Join(", ", mention.LinkedAskIds)}" : "")
            + (mention.Recurrence == Recurrence.Unknown ? "; of het bedrag structureel is, staat er niet: controleer" : "");
        return new LeverCandidate($"{mention.Topic} ({mention.Amount.ToDutchString()})", justification, kind,
            Math.Abs(mention.Amount.InMillions), from, mention.ToYear is { } to && to >= from ? Math.Min(to, To) : null,
            new LeverSource(info.File, mention.Page, mention.Quote));
    }
}
