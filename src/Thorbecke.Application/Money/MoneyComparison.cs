using Thorbecke.Finance;
using Thorbecke.Finance.Balance;
using Thorbecke.Finance.Distribution;
using Thorbecke.Finance.Projection;
using Thorbecke.Reports.Money;

namespace Thorbecke.Application.Money;

/// <summary>
/// <c>money run</c>, <c>money compare</c> and the web app's money pages: project every scenario, compare them with
/// the first, and add the effect for one municipality and the balance of tasks and money. A scenario that cannot be
/// projected does not stop the others; it is named in the problems.
/// </summary>
public static class MoneyComparison
{
    public static MoneyComparisonResult Compare(MoneyCase asked)
    {
        var problems = new List<string>();
        var projections = new List<FundProjection>();
        foreach (var (file, scenario) in asked.Scenarios)
        {
            try
            {
                projections.Add(FundModel.Project(scenario, asked.Inputs.ForProjectionFrom(scenario.FromYear)));
            }
            catch (FinanceInputException e)
            {
                problems.Add($"{file}: {e.Message}");
            }
        }

        if (projections.Count == 0)
        {
            return new MoneyComparisonResult(projections, null, null, problems);
        }

        var comparison = new ScenarioComparison(projections);
        var effect = Effect(asked, comparison, problems);
        var balances = Balances(asked, projections, problems);
        var report = new MoneyReport(comparison)
        {
            GeneratedAt = DateTimeOffset.Now,
            Municipality = effect,
            // The disbalans shown is the last scenario's: in a run the scenario itself, in a comparison the newest proposal.
            Balance = balances?[^1],
            BalanceScenario = balances is null ? null : projections[^1].Scenario,
            Assumptions = asked.Inputs.Uncertain(projections.Max(p => p.Scenario.ToYear)),
        };
        return new MoneyComparisonResult(projections, report, balances, problems);
    }

    private static MunicipalEffect? Effect(MoneyCase asked, ScenarioComparison comparison, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(asked.Municipality) || asked.Municipalities is not { } table)
        {
            return null;
        }

        var name = asked.Municipality.Trim();
        if (table.Find(name) is null)
        {
            problems.Add($"Gemeente '{name}' staat niet in de tabel met gemeenten.");
            return null;
        }

        try
        {
            return MunicipalEffect.FromDistributions(comparison, name,
                comparison.Projections.Select(p => MunicipalEffects.For(p, table.Municipalities, asked.Maatstaven)).ToList());
        }
        catch (FinanceInputException e)
        {
            problems.Add(e.Message);
            return null;
        }
    }

    private static List<IReadOnlyList<BalanceYear>>? Balances(MoneyCase asked, IReadOnlyList<FundProjection> projections, List<string> problems)
    {
        if (asked.Domains is not { } domains)
        {
            return null;
        }

        try
        {
            return projections.Select(p => TaskBalance.Compute(p, domains)).ToList();
        }
        catch (FinanceInputException e)
        {
            problems.Add(e.Message);
            return null;
        }
    }
}
