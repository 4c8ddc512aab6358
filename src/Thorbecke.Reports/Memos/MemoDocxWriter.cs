using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Thorbecke.Core.Text;

namespace Thorbecke.Reports.Memos;

/// <summary>
/// Writes a <see cref="Memo"/> as a Word document an adviser can edit and send: Word's own Title, heading and Quote
/// styles (<see cref="MemoDocxStyles"/>), the day it was made in the page header, a theme's overview as a table, and
/// every quote verbatim in its own run.
/// </summary>
public static class MemoDocxWriter
{
    /// <summary>A4 in twentieths of a point, with margins of 2.5 cm.</summary>
    private const uint PageWidth = 11906;
    private const uint PageHeight = 16838;
    private const int Margin = 1418;

    /// <summary>Writes the memo to <paramref name="stream"/> and leaves it open; the stream must be readable and seekable.</summary>
    public static void Write(Memo memo, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(memo);
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = memo.Title;
        document.PackageProperties.Creator = "Thorbecke";
        document.PackageProperties.Language = "nl-NL";
        document.PackageProperties.Created = memo.Made.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = MemoDocxStyles.Create();
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(Paragraph(MemoDocxStyles.Header, $"{memo.Title} · {Dutch.Date(memo.Made)}"));

        var body = new Body();
        body.Append(Paragraph(MemoDocxStyles.Title, memo.Title));
        body.Append(Paragraph(MemoDocxStyles.Subtitle, memo.MadeLine));
        if (memo.Summary is { } summary)
        {
            body.Append(Paragraph(MemoDocxStyles.Heading(1), "Overzicht"));
            body.Append(Paragraph(null, summary.CountLine));
            body.Append(SummaryTable(summary));
        }

        foreach (var ask in memo.Asks)
        {
            AppendAsk(body, ask);
        }

        body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = Margin, Right = Margin, Bottom = Margin, Left = Margin, Header = 709, Footer = 709, Gutter = 0 }));
        main.Document = new Document(body);
    }

    /// <summary>Writes the memo to <paramref name="path"/>, replacing the file; its folder must exist.</summary>
    public static void WriteFile(Memo memo, string path)
    {
        using var stream = File.Create(path);
        Write(memo, stream);
    }

    private static void AppendAsk(Body body, MemoAsk ask)
    {
        body.Append(Paragraph(MemoDocxStyles.Heading(1), ask.Heading));
        body.Append(Paragraph(null, ask.ThemeLine));
        body.Append(new Paragraph(new Run(new RunProperties(new Bold()), Text(ask.StatusLine))));
        if (ask.CommitmentLine is { } commitment)
        {
            body.Append(Paragraph(null, commitment));
        }

        AppendEntries(body, MemoAsk.TimelineHeading, ask.Dated);
        AppendEntries(body, MemoAsk.UndatedHeading, ask.Undated);
        if (ask.SilentLine is { } silent)
        {
            body.Append(Paragraph(null, silent));
        }
    }

    private static void AppendEntries(Body body, string heading, IReadOnlyList<MemoEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        body.Append(Paragraph(MemoDocxStyles.Heading(2), heading));
        foreach (var entry in entries)
        {
            body.Append(Paragraph(MemoDocxStyles.Heading(3), entry.Heading));
            body.Append(Paragraph(null, entry.Verdict));
            if (entry.QuotedText is { } quote)
            {
                // The quote has a run of its own, so it stays exactly as the document has it.
                body.Append(new Paragraph(Style(MemoDocxStyles.Quote), new Run(Text(quote)), new Run(Text($" ({entry.Page})"))));
            }

            foreach (var line in entry.Amounts.Append(entry.Comment).OfType<string>())
            {
                body.Append(Paragraph(null, line));
            }
        }
    }

    private static Table SummaryTable(MemoSummary summary)
    {
        var borders = new TableBorders(Border<TopBorder>(), Border<LeftBorder>(), Border<BottomBorder>(), Border<RightBorder>(), Border<InsideHorizontalBorder>(), Border<InsideVerticalBorder>());
        int[] widths = [5200, 2200, 1600];
        var table = new Table(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, borders),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(MemoSummary.Columns, widths, header: true));
        foreach (var row in summary.Rows)
        {
            table.Append(Row([row.Ask, row.Status, row.Commitment], widths, header: false));
        }

        return table;
    }

    private static T Border<T>()
        where T : BorderType, new() => new() { Val = BorderValues.Single, Size = 4, Color = "A6A6A6" };

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var run = header ? new Run(new RunProperties(new Bold()), Text(cells[i])) : new Run(Text(cells[i]));
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), run)));
        }

        return row;
    }

    private static Paragraph Paragraph(string? style, string text) =>
        style is null ? new Paragraph(new Run(Text(text))) : new Paragraph(Style(style), new Run(Text(text)));

    private static ParagraphProperties Style(string style) => new(new ParagraphStyleId { Val = style });

    private static Text Text(string text) => new(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve };

    /// <summary>Drops the control characters a PDF's text layer may carry and XML cannot hold; all other text stays as it is.</summary>
    private static string XmlSafe(string text)
    {
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                safe.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                safe.Append(text[i]);
            }
        }

        return safe.ToString();
    }
}
