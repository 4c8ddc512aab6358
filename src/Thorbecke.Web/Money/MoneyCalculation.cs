using Thorbecke.Application.Money;
using Thorbecke.Finance.Files.Workbench;

namespace Thorbecke.Web.Money;

/// <summary>
/// Runs the chosen scenarios through <see cref="MoneyComparison"/> as <c>money compare</c> does. One scenario that
/// cannot be projected does not stop the others: the page names it and shows the rest.
/// </summary>
internal static class MoneyCalculation
{
    public static MoneyOutcome Run(MoneyWorkspace workspace, IReadOnlyList<ScenarioEntry> chosen, string? municipality)
    {
        if (workspace.Inputs is not { } inputs)
        {
            return new MoneyOutcome(null, ["De economische invoer kan niet worden gelezen (zie hierboven); er is niets berekend."]);
        }

        var asked = new MoneyCase(
            [.. chosen.Select(entry => (entry.File, entry.Scenario!.Scenario))],
            inputs, workspace.Municipalities, workspace.Maatstaven, workspace.Domains, municipality);
        var result = MoneyComparison.Compare(asked);
        var missingTable = !string.IsNullOrWhiteSpace(municipality) && workspace.Municipalities is null
            ? ["Er is geen tabel met gemeenten: start de webapp met --gemeenten gemeenten.csv om het effect per gemeente te zien."]
            : Array.Empty<string>();
        return new MoneyOutcome(result.Report, [.. result.Problems, .. missingTable]);
    }
}
