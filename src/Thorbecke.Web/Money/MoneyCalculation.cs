using Thorbecke.Finance;
using Thorbecke.Finance.Balance;
using Thorbecke.Finance.Distribution;
using Thorbecke.Finance.Files.Workbench;
using Thorbecke.Finance.Projection;
using Thorbecke.Reports.Money;

namespace Thorbecke.Web.Money;

/// <summary>
/// Projects the chosen scenarios as <c>money compare</c> does and puts the result in a <see cref="MoneyReport"/>.
/// Unlike the command, one scenario that cannot be projected does not stop the others: the page names it and
/// shows the rest.
/// </summary>
internal static class MoneyCalculation
{
    public static MoneyOutcome Run(MoneyWorkspace workspace, IReadOnlyList<ScenarioEntry> chosen, string? municipality)
    {
        if (workspace.Inputs is not { } inputs)
        {
            return new MoneyOutcome(null, ["De economische invoer kan niet worden gelezen (zie hierboven); er is niets berekend."]);
        }

        var errors = new List<string>();
        var projections = new List<FundProjection>();
        foreach (var entry in chosen)
        {
            var scenario = entry.Scenario!.Scenario;
            try
            {
                projections.Add(FundModel.Project(scenario, inputs.ForProjectionFrom(scenario.FromYear)));
            }
            catch (FinanceInputException e)
            {
                errors.Add($"{entry.File}: {e.Message}");
            }
        }

        if (projections.Count == 0)
        {
            return new MoneyOutcome(null, errors);
        }

        var comparison = new ScenarioComparison(projections);
        var effect = Effect(workspace, comparison, municipality, errors);

        // As in the command, the disbalans is the last scenario's: in a comparison the newest proposal.
        IReadOnlyList<BalanceYear>? balance = null;
        if (workspace.Domains is { } domains)
        {
            try
            {
                balance = TaskBalance.Compute(projections[^1], domains);
            }
            catch (FinanceInputException e)
            {
                errors.Add(e.Message);
            }
        }

        return new MoneyOutcome(new MoneyReport(comparison)
        {
            GeneratedAt = DateTimeOffset.Now,
            Municipality = effect,
            Balance = balance,
            BalanceScenario = balance is null ? null : projections[^1].Scenario,
            Assumptions = inputs.Uncertain(projections.Max(p => p.Scenario.ToYear)),
        }, errors);
    }

    private static MunicipalEffect? Effect(MoneyWorkspace workspace, ScenarioComparison comparison, string? municipality, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(municipality))
        {
            return null;
        }

        if (workspace.Municipalities is not { } table)
        {
            errors.Add("Er is geen tabel met gemeenten: start de webapp met --gemeenten gemeenten.csv om het effect per gemeente te zien.");
            return null;
        }

        if (table.Find(municipality.Trim()) is null)
        {
            errors.Add($"Gemeente '{municipality.Trim()}' staat niet in de tabel met gemeenten.");
            return null;
        }

        try
        {
            return MunicipalEffect.FromDistributions(comparison, municipality.Trim(),
                comparison.Projections.Select(p => MunicipalEffects.For(p, table.Municipalities, workspace.Maatstaven)).ToList());
        }
        catch (FinanceInputException e)
        {
            errors.Add(e.Message);
            return null;
        }
    }
}
