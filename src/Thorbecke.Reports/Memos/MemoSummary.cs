namespace Thorbecke.Reports.Memos;

/// <summary>The overview at the top of a theme memo: how many asks stand where, and one row per ask.</summary>
/// <param name="CountLine">"6 vragen: 0 toegezegd, 1 deels, 0 afgewezen, 5 stil."</param>
/// <param name="Rows">One row per ask, in agenda order.</param>
public sealed record MemoSummary(string CountLine, IReadOnlyList<MemoSummaryRow> Rows)
{
    /// <summary>The column headings of <see cref="Rows"/>.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["Vraag", "Status nu", "Toezegging"];
}
