using Thorbecke.Core.Documents;

namespace Thorbecke.Reports.Html;

/// <summary>What every section of the HTML report needs: the grid, the anchors and the column labels.</summary>
internal sealed class HtmlReportContext
{
    public HtmlReportContext(ResultGrid grid, string title, DateTimeOffset generatedAt)
    {
        Grid = grid;
        Title = title;
        GeneratedAt = generatedAt;
        Anchors = new HtmlAnchors(grid.Agenda, grid.Documents);

        // Two documents of one party (a draft and a final programme) need telling apart in the matrix.
        var parties = grid.Documents.GroupBy(d => d.Party, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Labels = grid.Documents.ToDictionary(
            d => d.Id,
            d => parties[d.Party] > 1 ? $"{d.Party} ({Path.GetFileNameWithoutExtension(d.File)})" : d.Party,
            StringComparer.Ordinal);
    }

    public ResultGrid Grid { get; }

    public string Title { get; }

    public DateTimeOffset GeneratedAt { get; }

    public HtmlAnchors Anchors { get; }

    private Dictionary<string, string> Labels { get; }

    public string Label(DocumentInfo document) => Labels[document.Id];
}
