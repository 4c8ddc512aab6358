namespace Thorbecke.Reports.Html;

/// <summary>
/// The stylesheet and script, kept as real .css/.js files (embedded resources) so they can be edited
/// with tooling, and inlined into the report so the HTML file stands alone.
/// </summary>
internal static class HtmlAssets
{
    private static readonly Lazy<string> Css = new(() => Load("report.css"));
    private static readonly Lazy<string> Script = new(() => Load("report.js"));

    public static string Styles => Css.Value;

    public static string FilterScript => Script.Value;

    private static string Load(string name)
    {
        var resource = $"Thorbecke.Reports.Html.{name}";
        using var stream = typeof(HtmlAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
