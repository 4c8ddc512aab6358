using System.Globalization;
using System.Text;
using Thorbecke.Reports.Html;

namespace Thorbecke.Reports.Money;

/// <summary>
/// Writes a gemeentefonds run or comparison as one self-contained HTML file in Dutch: the scan report's styles,
/// charts as inline SVG, no scripts, fonts or images from elsewhere, so it can be mailed and archived. The charts
/// can also be saved as PNG and SVG files for memos.
/// </summary>
public static class MoneyReportWriter
{
    public static void Write(MoneyReport report, TextWriter writer)
    {
        var generatedAt = report.GeneratedAt ?? DateTimeOffset.Now;
        HtmlDocument.WriteStart(writer, report.DisplayTitle, HtmlAssets.Styles, MoneyStyles.Css);
        writer.WriteLine("<div class=\"sheet money\">");
        MoneyHeaderSection.Write(writer, report, generatedAt);
        writer.WriteLine("<main>");
        WriteSections(report, writer);
        writer.WriteLine("</main>");
        MoneyHeaderSection.WriteFooter(writer);
        writer.WriteLine("</div>");
        writer.WriteLine("</body>");
        writer.WriteLine("</html>");
    }

    /// <summary>
    /// The report's content without the document around it: the overview with its charts, what is published and what
    /// assumed, each scenario, the municipality and the disbalans. The web app shows these inside its own page, so the mailed report and the
    /// app cannot drift apart. They need <see cref="Styles"/> and an element with class <c>money</c> around them.
    /// </summary>
    public static void WriteSections(MoneyReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        MoneyOverviewSection.Write(writer, report);
        MoneyAssumptions.Write(writer, report);
        if (report.Comparison.Years.Count > 0)
        {
            MoneyScenarioSection.WriteAll(writer, report);
        }

        if (report.Municipality is { } municipality)
        {
            MoneyMunicipalitySection.Write(writer, municipality);
        }

        if (report.Balance is { Count: > 0 } balance)
        {
            MoneyBalanceSection.Write(writer, report, balance);
        }
    }

    /// <summary>The sections as a string (see <see cref="WriteSections(MoneyReport, TextWriter)"/>).</summary>
    public static string RenderSections(MoneyReport report)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        WriteSections(report, writer);
        return writer.ToString();
    }

    /// <summary>
    /// The rules the sections add to the scan report's stylesheet (report.css), for a page that links its styles
    /// instead of inlining them. No rule relies on inline style attributes.
    /// </summary>
    public static string Styles => MoneyStyles.Css;

    /// <summary>Writes UTF-8 (without BOM) to <paramref name="stream"/> and leaves it open.</summary>
    public static void Write(MoneyReport report, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true);
        writer.NewLine = "\n";
        Write(report, writer);
    }

    /// <summary>Writes the report to <paramref name="path"/>, replacing the file; its folder must exist.</summary>
    public static void WriteFile(MoneyReport report, string path)
    {
        using var stream = File.Create(path);
        Write(report, stream);
    }

    /// <summary>The report as a string, for tests and for serving from a web endpoint.</summary>
    public static string Render(MoneyReport report)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(report, writer);
        return writer.ToString();
    }

    /// <summary>
    /// Saves every chart of the report as <c>NAME.png</c> and <c>NAME.svg</c> in <paramref name="folder"/>
    /// (created when missing) and returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> WriteCharts(MoneyReport report, string folder) =>
        MoneyCharts.For(report).SelectMany(chart => chart.Save(folder)).ToList();
}
