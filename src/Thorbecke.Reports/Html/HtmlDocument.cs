using Thorbecke.Core.Scanning;

namespace Thorbecke.Reports.Html;

/// <summary>The start of every self-contained report file: Dutch, UTF-8, the generator and the styles inline.</summary>
internal static class HtmlDocument
{
    /// <summary>Writes everything up to and including <c>&lt;body&gt;</c>; the caller closes body and html.</summary>
    public static void WriteStart(TextWriter writer, string title, params string[] styles)
    {
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"nl\">");
        writer.WriteLine("<head>");
        writer.WriteLine("<meta charset=\"utf-8\">");
        writer.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        writer.WriteLine($"<meta name=\"generator\" content=\"{ScanReport.Tool} {HtmlText.E(ScanReport.Version)}\">");
        writer.WriteLine($"<title>{HtmlText.E(title)} – Thorbecke</title>");
        writer.WriteLine("<style>");
        foreach (var style in styles)
        {
            writer.Write(style);
        }

        writer.WriteLine("</style>");
        writer.WriteLine("</head>");
        writer.WriteLine("<body>");
    }
}
