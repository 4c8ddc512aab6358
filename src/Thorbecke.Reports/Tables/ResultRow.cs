using System.Globalization;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Reports.Tables;

/// <summary>
/// One row of the CSV and of the workbook's "Resultaten" sheet: a cell with its review, its fields worded the way both
/// tables show them. The reviewed verdict counts; its quotes and pages are the reviewer's when they picked any; the
/// machine's verdict, confidence and rationale stand beside it under their own names.
/// </summary>
public sealed record ResultRow(DocumentInfo Document, Ask Ask, ReviewedResult Cell)
{
    /// <summary>Every cell of the grid, in the order of the results contract.</summary>
    public static IEnumerable<ResultRow> Of(ResultGrid grid) =>
        grid.Rows().Select(row => new ResultRow(row.Document, row.Ask, row.Cell));

    /// <summary>"ja" for a reviewed cell, "nee" otherwise.</summary>
    public string Reviewed => Cell.IsReviewed ? "ja" : "nee";

    /// <summary>"40; 41": the pages of the quotes shown.</summary>
    public string Pages => string.Join("; ", Cell.Pages.Select(p => p.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The quotes shown, one a line, each after its page ("p. 40: ..."): for a sheet cell that wraps.</summary>
    public string QuoteLines => Quotes("\n");

    /// <summary>The quotes shown on one line ("p. 40: ... | p. 41: ..."), so each row of a CSV stays one line of text.</summary>
    public string QuotesInline => Quotes(" | ");

    private string Quotes(string separator) =>
        string.Join(separator, Cell.Evidence.Select(e => $"{Document.Cite(e.Page)}: {e.Quote}"));

    /// <summary>The machine's confidence, rounded as in the results JSON.</summary>
    public double MachineConfidence => PublishedNumbers.Round(Cell.Machine.Confidence);

    public string MachineRationale => Cell.Machine.Rationale;

    public string Comment => Cell.Comment ?? "";

    public string Reviewer => Cell.Reviewer ?? "";

    /// <summary>When the review was saved, in UTC as "2026-02-01 12:00" (which Excel reads as a date); empty when not reviewed.</summary>
    public string ReviewedAt => Cell.ReviewedAt is { } at ? at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";
}
