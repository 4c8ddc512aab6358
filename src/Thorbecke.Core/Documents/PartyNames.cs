namespace Thorbecke.Core.Documents;

/// <summary>
/// Guesses a party's name from a file name when nothing else names it: "verkiezingsprogramma-vvd-2025" is "VVD".
/// Generic words (programme, election, draft, years) are dropped, and parties of the Tweede Kamer get their own
/// spelling ("GroenLinks-PvdA"); a corpus.json, the upload form or <c>scan --party</c> overrides the guess.
/// </summary>
public static class PartyNames
{
    /// <summary>Words that describe the document rather than name its author.</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "verkiezingsprogramma", "verkiezingsprogrammas", "conceptverkiezingsprogramma", "conceptprogramma", "programma",
        "partijprogramma", "verkiezingen", "kamerverkiezingen", "tweedekamerverkiezingen", "tweede", "kamer", "tweedekamer",
        "tk", "concept", "definitief", "definitieve", "def", "final", "versie", "web", "digitaal", "nl",
    };

    /// <summary>Known parties, keyed by their letters and digits in lower case.</summary>
    private static readonly Dictionary<string, string> Known = new[]
    {
        "VVD", "PVV", "CDA", "D66", "SP", "PvdA", "GroenLinks", "GroenLinks-PvdA", "ChristenUnie", "SGP", "PvdD",
        "Partij voor de Dieren", "DENK", "FvD", "Forum voor Democratie", "JA21", "Volt", "BBB", "NSC", "Nieuw Sociaal Contract",
        "BIJ1", "50PLUS", "GL-PvdA",
    }.ToDictionary(Key, name => name, StringComparer.Ordinal);

    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase) { "de", "het", "van", "voor", "en", "in", "op" };

    /// <param name="stem">The file name without its extension.</param>
    public static string FromFileName(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        var words = stem.Split(['-', '_', ' ', '.', '+'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Generic.Contains(w) && !IsYear(w) && !IsElection(w))
            .ToList();
        if (words.Count == 0)
        {
            return stem;
        }

        // The whole rest may be one party ("groenlinks-pvda"), or a party followed by more ("sp-zeeland").
        for (var take = words.Count; take > 0; take--)
        {
            if (Known.TryGetValue(Key(string.Concat(words.Take(take))), out var name))
            {
                return name;
            }
        }

        return string.Join(' ', words.Select((w, i) => Spell(w, i == 0)));
    }

    private static string Spell(string word, bool first) =>
        !first && SmallWords.Contains(word) ? word.ToLowerInvariant()
        : word.Length <= 4 && word.Any(char.IsAsciiLetter) ? word.ToUpperInvariant()
        : char.ToUpperInvariant(word[0]) + word[1..];

    private static bool IsYear(string word) => word.Length == 4 && word.All(char.IsAsciiDigit) && word[0] is '1' or '2';

    /// <summary>"tk2025", "gr26", "ps2027": an election code.</summary>
    private static bool IsElection(string word) =>
        word.Length > 2 && word[..2].ToLowerInvariant() is "tk" or "gr" or "ps" or "eu" && word[2..].All(char.IsAsciiDigit);

    private static string Key(string name) => string.Concat(name.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
