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

    /// <summary>Dutch words a user may type for a kind (<c>scan --kind akkoord</c>).</summary>
    private static readonly Dictionary<string, string> DutchWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["verkiezingsprogramma"] = Programme,
        ["programma"] = Programme,
        ["akkoord"] = "agreement",
        ["coalitieakkoord"] = "agreement",
        ["regeerakkoord"] = "agreement",
        ["brief"] = "letter",
        ["kamerbrief"] = "letter",
        ["overig"] = "other",
    };

    public static bool IsKnown(string value) => All.Any(k => string.Equals(k.Value, value, StringComparison.Ordinal));

    /// <summary>The Dutch label of a kind; a kind this list does not know (from a hand-written corpus.json) is shown as written.</summary>
    public static string Label(string value) =>
        All.FirstOrDefault(k => string.Equals(k.Value, value, StringComparison.OrdinalIgnoreCase)).Label ?? value;

    /// <summary>Reads a kind as a user types it: its stored name, its label or a Dutch word ("akkoord", "brief").</summary>
    public static bool TryParse(string? text, out string kind)
    {
        var typed = text?.Trim() ?? "";
        var match = All.FirstOrDefault(k => string.Equals(k.Value, typed, StringComparison.OrdinalIgnoreCase)
            || string.Equals(k.Label, typed, StringComparison.OrdinalIgnoreCase));
        kind = match.Value ?? DutchWords.GetValueOrDefault(typed) ?? "";
        return kind.Length > 0;
    }

    /// <summary>"verkiezingsprogramma, akkoord, brief of overig": the words <see cref="TryParse"/> takes, for messages.</summary>
    public static string Choices => "verkiezingsprogramma, akkoord, brief of overig";
}
