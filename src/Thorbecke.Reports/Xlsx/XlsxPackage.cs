using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Thorbecke.Reports.Xlsx;

/// <summary>
/// Writes sheets as an Office Open XML workbook (.xlsx): a zip of a few SpreadsheetML parts with inline strings.
/// Hand-rolled because ClosedXML 0.95 fails to load next to DocumentFormat.OpenXml 3 (which the CLI uses), and the
/// little an export needs (text, numbers, fills, widths, frozen panes, a filter) is a few hundred bytes of XML.
/// Entries carry a fixed timestamp, so the same report always gives the same bytes.
/// </summary>
internal static class XlsxPackage
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly DateTimeOffset Timestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false) };

    public static void Write(Stream stream, IReadOnlyList<XlsxSheet> sheets)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        Part(zip, "[Content_Types].xml", ContentTypes(sheets.Count));
        Part(zip, "_rels/.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>");
        Part(zip, "xl/workbook.xml", Workbook(sheets));
        Part(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships(sheets.Count));
        Part(zip, "xl/styles.xml", Styles);
        for (var i = 0; i < sheets.Count; i++)
        {
            var entry = zip.CreateEntry($"xl/worksheets/sheet{i + 1}.xml", CompressionLevel.Optimal);
            entry.LastWriteTime = Timestamp;
            using var part = entry.Open();
            using var xml = XmlWriter.Create(part, Settings);
            WriteSheet(xml, sheets[i]);
        }
    }

    /// <summary>"A", "B", ... "Z", "AA": the column letters of a 1-based column number.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }

    private static void WriteSheet(XmlWriter xml, XlsxSheet sheet)
    {
        xml.WriteStartElement("worksheet", Main);
        if (sheet.FrozenRows > 0 || sheet.FrozenColumns > 0)
        {
            xml.WriteStartElement("sheetViews");
            xml.WriteStartElement("sheetView");
            xml.WriteAttributeString("workbookViewId", "0");
            xml.WriteStartElement("pane");
            if (sheet.FrozenColumns > 0)
            {
                xml.WriteAttributeString("xSplit", Number(sheet.FrozenColumns));
            }

            if (sheet.FrozenRows > 0)
            {
                xml.WriteAttributeString("ySplit", Number(sheet.FrozenRows));
            }

            xml.WriteAttributeString("topLeftCell", ColumnName(sheet.FrozenColumns + 1) + Number(sheet.FrozenRows + 1));
            xml.WriteAttributeString("activePane", sheet.FrozenColumns > 0 ? (sheet.FrozenRows > 0 ? "bottomRight" : "topRight") : "bottomLeft");
            xml.WriteAttributeString("state", "frozen");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        if (sheet.Widths.Count > 0)
        {
            xml.WriteStartElement("cols");
            for (var i = 0; i < sheet.Widths.Count; i++)
            {
                xml.WriteStartElement("col");
                xml.WriteAttributeString("min", Number(i + 1));
                xml.WriteAttributeString("max", Number(i + 1));
                xml.WriteAttributeString("width", sheet.Widths[i].ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("customWidth", "1");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteStartElement("sheetData");
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            xml.WriteStartElement("row");
            xml.WriteAttributeString("r", Number(r + 1));
            for (var c = 0; c < sheet.Rows[r].Count; c++)
            {
                WriteCell(xml, sheet.Rows[r][c], ColumnName(c + 1) + Number(r + 1));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        if (sheet.FilterOnHeader && sheet.Rows.Count > 0)
        {
            xml.WriteStartElement("autoFilter");
            xml.WriteAttributeString("ref", $"A1:{ColumnName(sheet.ColumnCount)}{Number(sheet.Rows.Count)}");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteCell(XmlWriter xml, XlsxCell cell, string reference)
    {
        xml.WriteStartElement("c");
        xml.WriteAttributeString("r", reference);
        if (cell.Style != XlsxStyle.Plain)
        {
            xml.WriteAttributeString("s", Number((int)cell.Style));
        }

        if (cell.Number is { } number)
        {
            xml.WriteElementString("v", Main, number.ToString("R", CultureInfo.InvariantCulture));
        }
        else
        {
            xml.WriteAttributeString("t", "inlineStr");
            xml.WriteStartElement("is");
            xml.WriteStartElement("t");
            xml.WriteAttributeString("xml", "space", null, "preserve");
            xml.WriteString(XmlSafe(cell.Text ?? ""));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>PDF text can hold control characters that XML 1.0 cannot carry; they are dropped, the rest kept verbatim.</summary>
    private static string XmlSafe(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
        }

        return clean.ToString();
    }

    private static string Workbook(IReadOnlyList<XlsxSheet> sheets)
    {
        var xml = new StringBuilder($"<workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheets>");
        for (var i = 0; i < sheets.Count; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{Escape(sheets[i].Name)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>");
        }

        xml.Append("</sheets><definedNames>");
        for (var i = 0; i < sheets.Count; i++)
        {
            if (sheets[i].FilterOnHeader && sheets[i].Rows.Count > 0)
            {
                // Excel keeps a filter's range in this hidden name; without it some versions drop the filter.
                xml.Append(CultureInfo.InvariantCulture, $"<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"{i}\" hidden=\"1\">"
                    + $"'{Escape(sheets[i].Name)}'!$A$1:${ColumnName(sheets[i].ColumnCount)}${sheets[i].Rows.Count}</definedName>");
            }
        }

        return xml.Append("</definedNames></workbook>").ToString().Replace("<definedNames></definedNames>", "", StringComparison.Ordinal);
    }

    private static string WorkbookRelationships(int sheets)
    {
        var xml = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (var i = 1; i <= sheets; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{i}\" Type=\"{Relationships}/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>");
        }

        return xml.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{sheets + 1}\" Type=\"{Relationships}/styles\" Target=\"styles.xml\"/></Relationships>").ToString();
    }

    private static string ContentTypes(int sheets)
    {
        var xml = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (var i = 1; i <= sheets; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }

        return xml.Append("</Types>").ToString();
    }

    /// <summary>The cell formats in <see cref="XlsxStyle"/> order: fonts, fills and the report's verdict colours.</summary>
    private const string Styles =
        $"<styleSheet xmlns=\"{Main}\">"
        + "<fonts count=\"5\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
        + "<font><b/><sz val=\"11\"/><color rgb=\"FFFFFFFF\"/><name val=\"Calibri\"/></font>"
        + "<font><sz val=\"11\"/><color rgb=\"FFFFFFFF\"/><name val=\"Calibri\"/></font>"
        + "<font><sz val=\"11\"/><color rgb=\"FF4D3800\"/><name val=\"Calibri\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"7\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF1F4E79\"/></patternFill></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF1E7B45\"/></patternFill></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFF2C14E\"/></patternFill></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFB83227\"/></patternFill></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFECEEF2\"/></patternFill></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"9\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"3\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"3\" fillId=\"4\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"5\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"6\" borderId=\"0\" xfId=\"0\" applyFill=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"4\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"9\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>";

    private static void Part(ZipArchive zip, string name, string xml)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = Timestamp;
        using var part = entry.Open();
        part.Write(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text) ?? "";
}
