namespace Thorbecke.Core.Verdicts;

/// <summary>The wire names of verdicts (results JSON, CSV, database) and their Dutch labels.</summary>
public static class VerdictNames
{
    public static IReadOnlyList<Verdict> All { get; } = [Verdict.Support, Verdict.Partial, Verdict.Oppose, Verdict.None];

    public static string ToWire(this Verdict verdict) => verdict switch
    {
        Verdict.Support => "support",
        Verdict.Partial => "partial",
        Verdict.Oppose => "oppose",
        _ => "none",
    };

    public static string ToDutch(this Verdict verdict) => verdict switch
    {
        Verdict.Support => "steunt",
        Verdict.Partial => "deels",
        Verdict.Oppose => "verzet zich",
        _ => "niet genoemd",
    };

    public static bool TryParse(string? text, out Verdict verdict)
    {
        verdict = text?.Trim().ToLowerInvariant() switch
        {
            "support" => Verdict.Support,
            "partial" => Verdict.Partial,
            "oppose" => Verdict.Oppose,
            "none" => Verdict.None,
            _ => (Verdict)(-1),
        };
        return Enum.IsDefined(verdict);
    }

    public static Verdict Parse(string text) =>
        TryParse(text, out var verdict) ? verdict : throw new FormatException($"Unknown verdict '{text}'.");
}
