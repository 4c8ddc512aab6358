using Thorbecke.Core.Documents;

namespace Thorbecke.Reports;

/// <summary>
/// The column label of each document, the same in the static report and the web pages: its party, and where one party
/// has two documents (a draft and a final programme) the file name too, to tell them apart.
/// </summary>
public sealed class DocumentLabels
{
    private readonly Dictionary<string, string> labels;

    public DocumentLabels(IReadOnlyList<DocumentInfo> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var parties = documents.GroupBy(d => d.Party, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        labels = documents.ToDictionary(
            d => d.Id,
            d => parties[d.Party] > 1 ? $"{d.Party} ({Path.GetFileNameWithoutExtension(d.File)})" : d.Party,
            StringComparer.Ordinal);
    }

    public string For(DocumentInfo document) => labels[document.Id];

    /// <summary>
    /// How a timeline names a step: a programme by its party (as <see cref="For"/>), the cabinet's and other documents
    /// by their title ("Voorjaarsnota 2026"), since one author (the cabinet) writes many of them.
    /// </summary>
    public string OnTimeline(DocumentInfo document) =>
        string.Equals(document.Kind, DocumentKinds.Programme, StringComparison.Ordinal) ? For(document) : document.Title;
}
