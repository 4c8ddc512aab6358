using Thorbecke.Finance.Amounts;

namespace Thorbecke.MoneyMentions;

/// <summary>
/// An amount of money a document ties to municipalities or their funds, with the sentence it is in, so a
/// reviewer can find it on the page and check it.
/// </summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Page">1-based page the sentence is on.</param>
/// <param name="PassageIndex">The passage the sentence is in.</param>
/// <param name="Quote">The sentence, verbatim as it appears in the passage text.</param>
/// <param name="AmountText">The amount as written in the sentence, such as <c>€ 1,5 mld</c> or <c>500 miljoen</c>.</param>
/// <param name="Amount">The amount's value; negative only when the text writes a minus sign.</param>
/// <param name="Recurrence">How often the amount is spent or cut.</param>
/// <param name="FromYear">The first year the amount applies to, when the sentence names one.</param>
/// <param name="ToYear">The last year the amount applies to, when the sentence names one.</param>
/// <param name="Direction">Whether municipalities get more or less.</param>
/// <param name="Topic">A few Dutch words saying what the money is for, such as <c>jeugdzorg</c>.</param>
/// <param name="RelevanceTerm">The words that tie the amount to municipalities, as written, such as <c>gemeentefonds</c>.</param>
/// <param name="LinkedAskIds">The agenda's financial asks the sentence is about, in agenda order.</param>
public sealed record MoneyMention(
    string DocumentId,
    int Page,
    int PassageIndex,
    string Quote,
    string AmountText,
    EuroAmount Amount,
    Recurrence Recurrence,
    int? FromYear,
    int? ToYear,
    MoneyDirection Direction,
    string Topic,
    string RelevanceTerm,
    IReadOnlyList<string> LinkedAskIds);
