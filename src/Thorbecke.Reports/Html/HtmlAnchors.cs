using System.Text;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;

namespace Thorbecke.Reports.Html;

/// <summary>
/// Fragment ids for asks and for each document's entry under an ask. Ids come from the ask id where
/// possible so links stay readable ("#ask-financien-02"), and are made safe and unique because custom
/// agendas may use any text as an id.
/// </summary>
internal sealed class HtmlAnchors
{
    private readonly Dictionary<string, string> askIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> documentIds = new(StringComparer.Ordinal);

    public HtmlAnchors(Agenda agenda, IReadOnlyList<DocumentInfo> documents)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ask in agenda.Asks)
        {
            askIds.TryAdd(ask.Id, Unique("ask-" + Slug(ask.Id), used));
        }

        foreach (var document in documents)
        {
            documentIds.TryAdd(document.Id, Unique(Slug(document.Id), used));
        }
    }

    public string Ask(Ask ask) => askIds[ask.Id];

    public string Entry(Ask ask, DocumentInfo document) => $"{askIds[ask.Id]}--{documentIds[document.Id]}";

    private static string Unique(string id, HashSet<string> used)
    {
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{id}-{HtmlText.Number(n)}";
        }

        return candidate;
    }

    private static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_' ? c : '-');
        }

        return slug.Length == 0 ? "x" : slug.ToString();
    }
}
