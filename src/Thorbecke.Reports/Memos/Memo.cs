namespace Thorbecke.Reports.Memos;

/// <summary>
/// A memo an adviser can send about one ask or one theme: every line already worded in Dutch, so the Markdown and the
/// Word writer say exactly the same thing and differ only in layout.
/// </summary>
/// <param name="Title">"Memo over vraag formatie-01" or "Memo over thema ...".</param>
/// <param name="MadeLine">Who made it from what, and on which day; the Word file repeats it in the page header.</param>
/// <param name="Made">The day the memo was made.</param>
/// <param name="Summary">A theme memo's overview of its asks' statuses; null for the memo of one ask.</param>
/// <param name="Asks">One section per ask, in agenda order.</param>
public sealed record Memo(string Title, string MadeLine, DateOnly Made, MemoSummary? Summary, IReadOnlyList<MemoAsk> Asks);
