using Thorbecke.Core.Verdicts;

namespace Thorbecke.Reports.Html;

/// <summary>
/// How each verdict looks in the report. Every verdict has a symbol as well as a colour, so the matrix
/// stays readable in greyscale print and for colour-blind readers.
/// </summary>
public static class HtmlVerdicts
{
    public static string CssClass(Verdict verdict) => "v-" + verdict.ToWire();

    public static string Symbol(Verdict verdict) => verdict switch
    {
        Verdict.Support => "✓",
        Verdict.Partial => "◐",
        Verdict.Oppose => "✗",
        _ => "–",
    };

    /// <summary>The Dutch label with a capital, for badges and table headings.</summary>
    public static string Label(Verdict verdict)
    {
        var text = verdict.ToDutch();
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    public static string Explanation(Verdict verdict) => verdict switch
    {
        Verdict.Support => "het programma stelt de ask expliciet voor of onderschrijft de kern ervan",
        Verdict.Partial => "zelfde onderwerp en richting, maar slechts een deel of in algemene termen",
        Verdict.Oppose => "het programma stelt het tegenovergestelde voor of iets dat er niet mee te rijmen is",
        _ => "het programma gaat niet in op het onderwerp van de ask",
    };

    /// <summary>A badge: symbol plus label, coloured by verdict.</summary>
    public static string Badge(Verdict verdict) =>
        $"<span class=\"badge {CssClass(verdict)}\"><span class=\"sym\" aria-hidden=\"true\">{Symbol(verdict)}</span> {HtmlText.E(Label(verdict))}</span>";

    /// <summary>The line of chips above an ask's entries: per verdict that occurs, in the usual order, how many documents got it.</summary>
    public static void WriteTally(TextWriter w, IEnumerable<Verdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(w);
        var counts = verdicts.CountBy(v => v).ToDictionary(p => p.Key, p => p.Value);
        w.Write("<p class=\"tally\">");
        foreach (var verdict in VerdictNames.All.Where(counts.ContainsKey))
        {
            w.Write($"<span class=\"chip {CssClass(verdict)}\">{Symbol(verdict)} {HtmlText.Number(counts[verdict])} {HtmlText.E(verdict.ToDutch())}</span>");
        }

        w.WriteLine("</p>");
    }
}
