using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Web.Asks;

/// <summary>What the cell page reports above its form after a save: success, a refused save, or someone else's save.</summary>
/// <param name="Next">After a save: the cell page of the next cell in the review queue, if one waits.</param>
internal sealed record CellMessage(string Text, string Kind, Review? Conflict = null, string? Next = null)
{
    public static CellMessage Saved(string? next) => next is null
        ? new("Uw beoordeling is opgeslagen. Er staat niets meer in de wachtrij: alles is beoordeeld.", "ok")
        : new("Uw beoordeling is opgeslagen.", "ok", Next: next);

    public static CellMessage Error(string text) => new(text, "error");

    public static CellMessage ConflictWith(Review other) => new(
        $"Iemand anders heeft deze cel intussen opgeslagen: {other.Reviewer} koos '{other.Verdict.ToDutch()}'. Uw wijziging is niet opgeslagen; er is niets overschreven. Bekijk de nieuwe stand hieronder en sla zo nodig opnieuw op.",
        "conflict",
        other);
}
