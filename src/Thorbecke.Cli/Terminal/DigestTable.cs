using Spectre.Console;
using Thorbecke.Core.Text;
using Thorbecke.Storage.Copying;

namespace Thorbecke.Cli.Terminal;

/// <summary>The tables of one or two projects side by side: rows, and whether their content is the same.</summary>
internal static class DigestTable
{
    public static void Write(ProjectComparison comparison, string source, string? target)
    {
        var table = new Table().AddColumn("tabel").AddColumn(new TableColumn($"rijen in {Markup.Escape(source)}").RightAligned());
        if (comparison.Target is not null)
        {
            table.AddColumn(new TableColumn($"rijen in {Markup.Escape(target ?? "")}").RightAligned()).AddColumn("inhoud");
        }

        for (var i = 0; i < comparison.Source.Count; i++)
        {
            var row = comparison.Source[i];
            if (comparison.Target is { } other)
            {
                table.AddRow(row.Table, Dutch.Number(row.Rows), Dutch.Number(other[i].Rows), row == other[i] ? "gelijk" : "[red]verschilt[/]");
            }
            else
            {
                table.AddRow(row.Table, Dutch.Number(row.Rows));
            }
        }

        AnsiConsole.Write(table);
    }
}
