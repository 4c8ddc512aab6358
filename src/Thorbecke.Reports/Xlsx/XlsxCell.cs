namespace Thorbecke.Reports.Xlsx;

/// <summary>One cell: text (always stored as text, so a quote starting with '=' never becomes a formula) or a number.</summary>
internal readonly record struct XlsxCell(string? Text, double? Number, XlsxStyle Style)
{
    public static XlsxCell Of(string text, XlsxStyle style = XlsxStyle.Plain) => new(text, null, style);

    public static XlsxCell Of(double number, XlsxStyle style = XlsxStyle.Plain) => new(null, number, style);
}
