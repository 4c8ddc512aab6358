namespace Thorbecke.Core.Agendas;

/// <summary>Optional search help an agenda author gives for one ask.</summary>
/// <param name="Terms">Extra search terms that also indicate the ask's topic.</param>
/// <param name="Required">Terms of which at least one must occur in a passage for it to count as evidence.</param>
public sealed record AskHints(IReadOnlyList<string> Terms, IReadOnlyList<string> Required)
{
    public static AskHints Empty { get; } = new([], []);

    public bool IsEmpty => Terms.Count == 0 && Required.Count == 0;
}
