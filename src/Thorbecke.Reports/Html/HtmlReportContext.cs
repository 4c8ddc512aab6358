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
        Labels = new DocumentLabels(grid.Documents);
    }

    public ResultGrid Grid { get; }

    public string Title { get; }

    public DateTimeOffset GeneratedAt { get; }

    public HtmlAnchors Anchors { get; }

    private DocumentLabels Labels { get; }

    public string Label(DocumentInfo document) => Labels.For(document);
}
