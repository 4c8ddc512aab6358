using Thorbecke.Finance.Levers;

namespace Thorbecke.Finance.Files.Scenarios;

/// <summary>The Dutch names of the lever kinds as scenario files write them.</summary>
public static class LeverKinds
{
    public static readonly IReadOnlyDictionary<string, LeverKind> ByName = new Dictionary<string, LeverKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["opschalingskorting"] = LeverKind.Opschalingskorting,
        ["accres"] = LeverKind.Accres,
        ["extra"] = LeverKind.Extra,
        ["eenmalig"] = LeverKind.OneOff,
        ["bezuiniging"] = LeverKind.Cut,
        ["zorgbudget"] = LeverKind.HealthcareShift,
        ["kostenindexatie"] = LeverKind.CostIndexation,
    };

    public static string NameOf(LeverKind kind) => ByName.First(pair => pair.Value == kind).Key;
}
