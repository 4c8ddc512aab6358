namespace Thorbecke.Core.Documents;

/// <summary>
/// The kinds of document, stored in English as corpus.json writes them and shown in Dutch everywhere users read them.
/// The kind says what a document's words are worth on an ask's timeline: a party's promise, a costing, or the
/// cabinet's own word (<see cref="IsAuthoritative"/>).
/// </summary>
public static class DocumentKinds
{
    public const string Programme = "programme";
    public const string Costing = "costing";
    public const string Agreement = "agreement";
    public const string GovernmentProgramme = "government-programme";
    public const string Letter = "letter";
    public const string Budget = "budget";
    public const string Circular = "circular";
    public const string Motion = "motion";
    public const string Other = "other";

    /// <summary>In the order a formation runs: from the programmes to what the cabinet does afterwards.</summary>
    public static IReadOnlyList<(string Value, string Label)> All { get; } =
    [
        (Programme, "Verkiezingsprogramma"),
        (Costing, "CPB-doorrekening"),
        (Agreement, "Coalitieakkoord of regeerakkoord"),
        (GovernmentProgramme, "Regeerprogramma"),
        (Letter, "Kamerbrief of andere brief"),
        (Budget, "Begroting of Voorjaarsnota"),
        (Circular, "Circulaire"),
        (Motion, "Motie"),
        (Other, "Overig"),
    ];

    /// <summary>Dutch words a user may type for a kind (<c>scan --kind akkoord</c>).</summary>
    private static readonly Dictionary<string, string> DutchWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["verkiezingsprogramma"] = Programme,
        ["programma"] = Programme,
        ["cpb"] = Costing,
        ["doorrekening"] = Costing,
        ["akkoord"] = Agreement,
        ["coalitieakkoord"] = Agreement,
        ["regeerakkoord"] = Agreement,
        ["hoofdlijnenakkoord"] = Agreement,
        ["regeerprogramma"] = GovernmentProgramme,
        ["brief"] = Letter,
        ["kamerbrief"] = Letter,
        ["begroting"] = Budget,
        ["voorjaarsnota"] = Budget,
        ["najaarsnota"] = Budget,
        ["miljoenennota"] = Budget,
        ["circulaire"] = Circular,
        ["meicirculaire"] = Circular,
        ["septembercirculaire"] = Circular,
        ["decembercirculaire"] = Circular,
        ["motie"] = Motion,
        ["overig"] = Other,
    };

    public static bool IsKnown(string value) => All.Any(k => string.Equals(k.Value, value, StringComparison.Ordinal));

    /// <summary>
    /// The cabinet's own documents: what they say about an ask is its status now. Programmes, costings and motions
    /// show what others want, not what the government does.
    /// </summary>
    public static bool IsAuthoritative(string kind) => kind is Agreement or GovernmentProgramme or Letter or Budget or Circular;

    /// <summary>The documents whose adoption of an ask is a commitment that later documents are held to.</summary>
    public static bool IsReference(string kind) => kind is Agreement or GovernmentProgramme;

    /// <summary>Documents that put money or rules behind a policy: their support fulfils a commitment rather than repeating it.</summary>
    public static bool Implements(string kind) => kind is Budget or Circular;

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

    /// <summary>The words <see cref="TryParse"/> takes, for messages.</summary>
    public static string Choices => "verkiezingsprogramma, cpb, akkoord, regeerprogramma, brief, begroting, circulaire, motie of overig";
}
