namespace Thorbecke.Core.Documents;

/// <summary>
/// The kinds of document, stored in English as corpus.json writes them and shown in Dutch everywhere users read them.
/// </summary>
public static class DocumentKinds
{
    public const string Programme = "programme";

    public static IReadOnlyList<(string Value, string Label)> All { get; } =
    [
        (Programme, "Verkiezingsprogramma"),
        ("agreement", "Coalitieakkoord of regeerakkoord"),
        ("letter", "Kamerbrief of andere brief"),
        ("other", "Overig"),
    ];

    public static bool IsKnown(string value) => All.Any(k => string.Equals(k.Value, value, StringComparison.Ordinal));

    /// <summary>The Dutch label of a kind; a kind this list does not know (from a hand-written corpus.json) is shown as written.</summary>
    public static string Label(string value) =>
        All.FirstOrDefault(k => string.Equals(k.Value, value, StringComparison.OrdinalIgnoreCase)).Label ?? value;
}
