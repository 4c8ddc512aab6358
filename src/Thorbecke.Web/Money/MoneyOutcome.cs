using Thorbecke.Reports.Money;

namespace Thorbecke.Web.Money;

/// <summary>What a calculation gives a page: the report to show (null when nothing could be computed) and what went wrong, in Dutch.</summary>
internal sealed record MoneyOutcome(MoneyReport? Report, IReadOnlyList<string> Errors);
