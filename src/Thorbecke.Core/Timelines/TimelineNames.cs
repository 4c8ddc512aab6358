using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Timelines;

/// <summary>The statuses' and outcomes' wire names (JSON) and Dutch words (pages, terminal, memos).</summary>
public static class TimelineNames
{
    public static AskStatus StatusOf(Verdict verdict) => verdict switch
    {
        Verdict.Support => AskStatus.Committed,
        Verdict.Partial => AskStatus.Partial,
        Verdict.Oppose => AskStatus.Rejected,
        _ => AskStatus.Silent,
    };

    /// <summary>The verdict a status is read from, so pages colour a status as they colour a verdict.</summary>
    public static Verdict ToVerdict(this AskStatus status) => status switch
    {
        AskStatus.Committed => Verdict.Support,
        AskStatus.Partial => Verdict.Partial,
        AskStatus.Rejected => Verdict.Oppose,
        _ => Verdict.None,
    };

    public static string ToWire(this AskStatus status) => status switch
    {
        AskStatus.Committed => "committed",
        AskStatus.Partial => "partial",
        AskStatus.Rejected => "rejected",
        _ => "silent",
    };

    public static string ToDutch(this AskStatus status) => status switch
    {
        AskStatus.Committed => "toegezegd",
        AskStatus.Partial => "deels",
        AskStatus.Rejected => "afgewezen",
        _ => "stil",
    };

    public static string ToWire(this CommitmentOutcome outcome) => outcome switch
    {
        CommitmentOutcome.Kept => "kept",
        CommitmentOutcome.Fulfilled => "fulfilled",
        CommitmentOutcome.Weakened => "weakened",
        CommitmentOutcome.Broken => "broken",
        _ => "open",
    };

    public static string ToDutch(this CommitmentOutcome outcome) => outcome switch
    {
        CommitmentOutcome.Kept => "gehandhaafd",
        CommitmentOutcome.Fulfilled => "nagekomen",
        CommitmentOutcome.Weakened => "afgezwakt",
        CommitmentOutcome.Broken => "gebroken",
        _ => "nog niet opgevolgd",
    };

    /// <summary>The verdict an outcome is coloured as: kept and fulfilled as support, weakened as partial, broken as oppose.</summary>
    public static Verdict ToVerdict(this CommitmentOutcome outcome) => outcome switch
    {
        CommitmentOutcome.Kept or CommitmentOutcome.Fulfilled => Verdict.Support,
        CommitmentOutcome.Weakened => Verdict.Partial,
        CommitmentOutcome.Broken => Verdict.Oppose,
        _ => Verdict.None,
    };
}
