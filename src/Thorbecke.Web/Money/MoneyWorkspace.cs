using Thorbecke.Finance.Balance;
using Thorbecke.Finance.Distribution;
using Thorbecke.Finance.Files.Inputs;
using Thorbecke.Finance.Files.Municipalities;
using Thorbecke.Finance.Files.Workbench;

namespace Thorbecke.Web.Money;

/// <summary>
/// The money files as one request sees them: every scenario of the folder (broken ones with their problems) and the
/// optional tables. A table that cannot be read is null and listed in <see cref="FileProblems"/>.
/// </summary>
internal sealed record MoneyWorkspace(
    string Folder,
    IReadOnlyList<ScenarioEntry> Scenarios,
    InputSeries? Inputs,
    MunicipalityTable? Municipalities,
    IReadOnlyList<Maatstaf>? Maatstaven,
    IReadOnlyList<CostDomain>? Domains,
    IReadOnlyList<MoneyFileProblem> FileProblems)
{
    public IEnumerable<ScenarioEntry> Usable => Scenarios.Where(s => s.IsUsable);

    public ScenarioEntry? Find(string id) => Usable.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
}
