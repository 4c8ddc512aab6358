namespace Thorbecke.Web.Uploads;

/// <summary>The kinds an uploader can choose, stored in English as corpus.json writes them, shown in Dutch.</summary>
internal static class DocumentKinds
{
    public static IReadOnlyList<(string Value, string Label)> All { get; } =
    [
        ("programme", "Verkiezingsprogramma"),
        ("agreement", "Coalitieakkoord of regeerakkoord"),
        ("letter", "Kamerbrief of andere brief"),
        ("other", "Overig"),
    ];

    public static bool IsKnown(string value) => All.Any(k => string.Equals(k.Value, value, StringComparison.Ordinal));
}
