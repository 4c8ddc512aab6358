using Thorbecke.Finance.Balance;
using Thorbecke.Finance.Distribution;
using Thorbecke.Finance.Files.Inputs;
using Thorbecke.Finance.Files.Municipalities;
using Thorbecke.Finance.Projection;

namespace Thorbecke.Application.Money;

/// <summary>What a money comparison is asked: scenarios and the tables they are projected with.</summary>
/// <param name="Scenarios">The scenarios with the file each came from; the first is the base.</param>
/// <param name="Inputs">The economic inputs (accres, indexation, ...).</param>
/// <param name="Municipalities">The table of municipalities, for the effect per municipality; null when not given.</param>
/// <param name="Maatstaven">The measures of the distribution; null for the table's own.</param>
/// <param name="Domains">The cost domains, for the balance of tasks and money; null when not given.</param>
/// <param name="Municipality">The municipality whose effect is asked; null or blank for none.</param>
public sealed record MoneyCase(
    IReadOnlyList<(string File, Scenario Scenario)> Scenarios,
    InputSeries Inputs,
    MunicipalityTable? Municipalities = null,
    IReadOnlyList<Maatstaf>? Maatstaven = null,
    IReadOnlyList<CostDomain>? Domains = null,
    string? Municipality = null);
