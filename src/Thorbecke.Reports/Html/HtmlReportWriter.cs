using System.Text;
using Thorbecke.Core.Scanning;

namespace Thorbecke.Reports.Html;

/// <summary>
/// Writes a scan report as one self-contained HTML file in Dutch: styles inline, no fonts, images or
/// scripts from elsewhere, so it can be mailed, archived and opened offline. The optional filter script
/// only adds convenience; everything is readable with JavaScript off and prints cleanly.
/// </summary>
public static class HtmlReportWriter
{
    public static void Write(ScanReport report, TextWriter writer, HtmlReportOptions? options = null)
    {
        options ??= new HtmlReportOptions();
        var context = new HtmlReportContext(
            ResultGrid.For(report),
            string.IsNullOrWhiteSpace(options.Title) ? report.Agenda.Title : options.Title,
            options.GeneratedAt ?? DateTimeOffset.Now);

        HtmlDocument.WriteStart(writer, context.Title, HtmlAssets.Styles);
        writer.WriteLine("<div class=\"sheet\">");
        HtmlHeaderSection.Write(writer, context);
        writer.WriteLine("<main>");
        HtmlMatrixSection.Write(writer, context);
        HtmlPartySummarySection.Write(writer, context);
        HtmlAskSection.WriteAll(writer, context);
        HtmlErrorsSection.Write(writer, context);
        writer.WriteLine("</main>");
        writer.WriteLine($"<footer class=\"colophon\">Gemaakt met {ScanReport.Tool} {HtmlText.E(ScanReport.Version)}. "
            + (context.Grid.HasReviews
                ? "Oordelen met ✎ zijn door een analist beoordeeld; de andere zijn automatisch bepaald en bedoeld als startpunt: lees de citaten in het programma zelf na.</footer>"
                : "Oordelen zijn automatisch bepaald en bedoeld als startpunt: lees de citaten in het programma zelf na.</footer>"));
        writer.WriteLine("</div>");
        if (options.IncludeFilterScript)
        {
            writer.WriteLine("<script>");
            writer.Write(HtmlAssets.FilterScript);
            writer.WriteLine("</script>");
        }

        writer.WriteLine("</body>");
        writer.WriteLine("</html>");
    }

    /// <summary>Writes UTF-8 (without BOM) to <paramref name="stream"/> and leaves it open.</summary>
    public static void Write(ScanReport report, Stream stream, HtmlReportOptions? options = null)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true);
        writer.NewLine = "\n";
        Write(report, writer, options);
    }

    /// <summary>Writes the report to <paramref name="path"/>, replacing the file; its folder must exist.</summary>
    public static void WriteFile(ScanReport report, string path, HtmlReportOptions? options = null)
    {
        using var stream = File.Create(path);
        Write(report, stream, options);
    }

    /// <summary>The report as a string, for tests and for serving from a web endpoint.</summary>
    public static string Render(ScanReport report, HtmlReportOptions? options = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(report, writer, options);
        return writer.ToString();
    }
}
