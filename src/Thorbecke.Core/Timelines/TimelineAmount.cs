namespace Thorbecke.Core.Timelines;

/// <summary>An amount of money a document ties to an ask, as a timeline shows it beside the document's verdict.</summary>
/// <param name="Ask">The ask's id.</param>
/// <param name="Document">The document's id.</param>
/// <param name="Page">1-based page index of the sentence (cite it with <c>DocumentInfo.Cite</c>).</param>
/// <param name="AmountText">The amount in Dutch, as pages print it ("€ 1,5 miljard").</param>
/// <param name="Quote">The sentence with the amount, verbatim.</param>
public sealed record TimelineAmount(string Ask, string Document, int Page, string AmountText, string Quote);
