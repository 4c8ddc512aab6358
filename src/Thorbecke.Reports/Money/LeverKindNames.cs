using Thorbecke.Finance.Levers;

namespace Thorbecke.Reports.Money;

/// <summary>The Dutch name of each kind of lever, as a reader of the report would call it.</summary>
public static class LeverKindNames
{
    public static string Dutch(LeverKind kind) => kind switch
    {
        LeverKind.Opschalingskorting => "opschalingskorting",
        LeverKind.Accres => "accres vastgezet",
        LeverKind.Extra => "extra bedrag",
        LeverKind.OneOff => "eenmalig bedrag",
        LeverKind.Cut => "bezuiniging",
        LeverKind.HealthcareShift => "overheveling zorgbudget",
        LeverKind.CostIndexation => "indexatie op kosten",
        _ => kind.ToString(),
    };
}
