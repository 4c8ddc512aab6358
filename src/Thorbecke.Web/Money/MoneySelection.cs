using Microsoft.AspNetCore.Http;
using Thorbecke.Finance.Files.Workbench;

namespace Thorbecke.Web.Money;

/// <summary>
/// The scenarios chosen on <c>/geld</c> (<c>?s=basis&amp;s=plus</c>), the baseline (<c>basis</c>) and the municipality
/// (<c>gemeente</c>). Without a choice every usable scenario is compared, so the first visit shows the whole folder.
/// </summary>
internal sealed record MoneySelection(IReadOnlyList<ScenarioEntry> Chosen, string? Municipality)
{
    public ScenarioEntry? Baseline => Chosen.Count > 0 ? Chosen[0] : null;

    public bool IsChosen(ScenarioEntry entry) => Chosen.Contains(entry);

    /// <summary>The baseline first: the one named, else the first chosen in the folder's order (where baselines come first).</summary>
    public static MoneySelection From(IQueryCollection query, MoneyWorkspace workspace)
    {
        var ids = query["s"].Where(id => !string.IsNullOrEmpty(id)).ToHashSet(StringComparer.Ordinal);
        var chosen = workspace.Usable.Where(e => ids.Count == 0 || ids.Contains(e.Id!)).ToList();
        if (workspace.Find(query["basis"].ToString()) is { } baseline)
        {
            chosen.Remove(baseline);
            chosen.Insert(0, baseline);
        }

        var municipality = query["gemeente"].ToString().Trim();
        return new MoneySelection(chosen, municipality.Length == 0 ? null : municipality);
    }
}
