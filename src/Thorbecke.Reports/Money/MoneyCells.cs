using static Thorbecke.Reports.Html.HtmlText;

namespace Thorbecke.Reports.Money;

/// <summary>Small pieces of markup the money sections share: number cells, colour dots and inline charts.</summary>
internal static class MoneyCells
{
    public static string Millions(decimal euros) => $"<td class=\"num\">{MoneyFormat.Millions(euros)}</td>";

    /// <summary>
    /// A difference in € mln, green when it is good news for municipalities and red when not, with a sign so colour
    /// is not the only cue. A shortfall is the one figure where more is worse; null leaves the figure uncoloured.
    /// </summary>
    public static string SignedMillions(decimal euros, bool? moreIsBetter = true)
    {
        var rounded = Math.Round(euros / MoneyFormat.Million, 1);
        var tone = moreIsBetter switch
        {
            null => rounded == 0 ? "nil" : "",
            true => Tone(rounded),
            false => Tone(-rounded),
        };
        return $"<td class=\"{(tone.Length == 0 ? "num" : "num " + tone)}\">{MoneyFormat.SignedMillions(euros)}</td>";
    }

    public static string PerInhabitant(decimal euros) => $"<td class=\"num\">{MoneyFormat.PerInhabitant(euros)}</td>";

    public static string SignedPerInhabitant(decimal euros) =>
        $"<td class=\"num {Tone(Math.Round(euros, 0))}\">{MoneyFormat.SignedPerInhabitant(euros)}</td>";

    public static string Header(string text, bool numeric = true, int span = 1) =>
        $"<th scope=\"{(span > 1 ? "colgroup" : "col")}\"{(span > 1 ? $" colspan=\"{span}\"" : "")}{(numeric ? " class=\"num\"" : "")}>{E(text)}</th>";

    /// <summary>
    /// The scenario's colour swatch. A class rather than a style attribute, so the web app's Content-Security-Policy
    /// (no inline styles) shows it too; the classes are defined in <see cref="MoneyStyles"/>.
    /// </summary>
    public static string Dot(int scenario) => $"<span class=\"dot {ChartStyle.SwatchClass(scenario)}\" aria-hidden=\"true\"></span>";

    public static string ApproximationBadge => $"<span class=\"approx\">{E(MunicipalEffect.ApproximationLabel)}</span>";

    public static void Figure(TextWriter w, MoneyChart chart, string caption)
    {
        w.WriteLine($"<figure class=\"figure\" id=\"grafiek-{chart.FileName}\">");
        w.WriteLine(SvgInline.Prepare(chart.ToSvg(), chart.FileName + "-", chart.Title));
        w.WriteLine($"<figcaption>{E(caption)}</figcaption>");
        w.WriteLine("</figure>");
    }

    private static string Tone(decimal rounded) => rounded > 0 ? "gain" : rounded < 0 ? "loss" : "nil";
}
