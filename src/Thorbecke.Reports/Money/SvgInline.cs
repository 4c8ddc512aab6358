using System.Text.RegularExpressions;
using static Thorbecke.Reports.Html.HtmlText;

namespace Thorbecke.Reports.Money;

/// <summary>
/// Turns a standalone SVG document into markup that can sit inside the HTML report next to other charts.
/// </summary>
internal static partial class SvgInline
{
    /// <summary>
    /// Drops the XML declaration, scales with the page through a viewBox, names the chart for screen readers and
    /// prefixes every id: ScottPlot numbers its clip paths per document, so two inline charts would otherwise share
    /// <c>cl_4</c> and the second would be clipped by the first one's rectangle.
    /// </summary>
    public static string Prepare(string svg, string idPrefix, string label)
    {
        var body = XmlDeclaration().Replace(svg, "", 1).Trim();
        var ids = IdAttribute().Matches(body).Select(m => m.Groups["id"].Value).ToHashSet(StringComparer.Ordinal);
        body = IdAttribute().Replace(body, m => $"id=\"{idPrefix}{m.Groups["id"].Value}\"");
        body = UrlReference().Replace(body, m => ids.Contains(m.Groups["id"].Value) ? $"url(#{idPrefix}{m.Groups["id"].Value})" : m.Value);
        body = HrefReference().Replace(body, m => ids.Contains(m.Groups["id"].Value) ? $"{m.Groups["attr"].Value}=\"#{idPrefix}{m.Groups["id"].Value}\"" : m.Value);
        var title = $"<title>{E(label)}</title>";
        return SvgStart().Replace(body,
            $"<svg class=\"chart\" viewBox=\"0 0 {MoneyChart.Width} {MoneyChart.Height}\" role=\"img\" aria-label=\"{E(label)}\"${{rest}}>{title}", 1);
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("\\bid=\"(?<id>[^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#(?<id>[^)]+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex("(?<attr>(?:xlink:)?href)=\"#(?<id>[^\"]+)\"")]
    private static partial Regex HrefReference();

    [GeneratedRegex("<svg(?<rest>[^>]*)>")]
    private static partial Regex SvgStart();
}
