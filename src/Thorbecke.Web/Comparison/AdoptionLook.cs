using Thorbecke.Core.Comparison;
using Thorbecke.Reports.Html;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Comparison;

/// <summary>An outcome as a badge in the colours of the verdict it is read from, so "overgenomen" looks like "steunt".</summary>
internal static class AdoptionLook
{
    public static string Label(Adoption adoption)
    {
        var text = adoption.ToDutch();
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    public static string CssClass(Adoption adoption) => HtmlVerdicts.CssClass(adoption.ToVerdict());

    public static string Symbol(Adoption adoption) => HtmlVerdicts.Symbol(adoption.ToVerdict());

    public static string Badge(Adoption adoption) =>
        $"<span class=\"badge {CssClass(adoption)}\"><span class=\"sym\" aria-hidden=\"true\">{Symbol(adoption)}</span> {Html.E(Label(adoption))}</span>";
}
