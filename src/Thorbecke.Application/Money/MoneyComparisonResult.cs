using Thorbecke.Finance.Balance;
using Thorbecke.Finance.Projection;
using Thorbecke.Reports.Money;

namespace Thorbecke.Application.Money;

/// <summary>What <see cref="MoneyComparison.Compare"/> computed, and what it could not.</summary>
/// <param name="Projections">One projection per scenario that could be projected, in the order given.</param>
/// <param name="Report">The comparison as a report (tables, effect, balance); null when nothing could be projected.</param>
/// <param name="Balances">The balance of tasks and money per projection; null without cost domains.</param>
/// <param name="Problems">What could not be computed, in Dutch, each naming its file or municipality.</param>
public sealed record MoneyComparisonResult(
    IReadOnlyList<FundProjection> Projections,
    MoneyReport? Report,
    IReadOnlyList<IReadOnlyList<BalanceYear>>? Balances,
    IReadOnlyList<string> Problems);
