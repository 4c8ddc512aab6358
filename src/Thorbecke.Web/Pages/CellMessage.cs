using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Web.Pages;

/// <summary>What the cell page reports above its form after a save: success, a refused save, or someone else's save.</summary>
internal sealed record CellMessage(string Text, string Kind, Review? Conflict = null)
{
    public static CellMessage Saved { get; } = new("Uw beoordeling is opgeslagen.", "ok");

    public static CellMessage Error(string text) => new(text, "error");

    public static CellMessage ConflictWith(Review other) => new(
        $"Iemand anders heeft deze cel intussen opgeslagen: {other.Reviewer} koos '{other.Verdict.ToDutch()}'. Uw wijziging is niet opgeslagen; er is niets overschreven. Bekijk de nieuwe stand hieronder en sla zo nodig opnieuw op.",
        "conflict",
        other);
}
