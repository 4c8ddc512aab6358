namespace Thorbecke.Finance.Levers;

/// <summary>The kinds of lever a scenario can pull; the scenario file names them in Dutch.</summary>
public enum LeverKind
{
    Opschalingskorting,
    Accres,
    Extra,
    OneOff,
    Cut,
    HealthcareShift,
    CostIndexation,
}
