namespace Thorbecke.Core.Agendas;

/// <summary>One concrete demand of an agenda, such as "schaf de opschalingskorting af".</summary>
/// <param name="Id">Stable identifier, unique within its agenda (for example <c>financien-02</c>).</param>
/// <param name="Theme">The theme the ask is grouped under in reports.</param>
/// <param name="Text">The ask as its authors wrote it.</param>
/// <param name="Hints">Optional help from the agenda author for finding the ask in documents.</param>
public sealed record Ask(string Id, string Theme, string Text, AskHints Hints)
{
    public Ask(string id, string theme, string text)
        : this(id, theme, text, AskHints.Empty)
    {
    }
}
