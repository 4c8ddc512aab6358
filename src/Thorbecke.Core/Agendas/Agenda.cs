namespace Thorbecke.Core.Agendas;

/// <summary>A structured list of asks that documents are scanned against.</summary>
public sealed record Agenda(string Id, string Title, IReadOnlyList<Ask> Asks)
{
    /// <summary>Themes in the order their first ask appears, which is the order reports use.</summary>
    public IReadOnlyList<string> Themes => Asks.Select(a => a.Theme).Distinct(StringComparer.Ordinal).ToList();

    public Ask? FindAsk(string id) => Asks.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal));
}
