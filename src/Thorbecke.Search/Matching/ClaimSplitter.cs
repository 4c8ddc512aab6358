using System.Text.RegularExpressions;

namespace Thorbecke.Search.Matching;

/// <summary>
/// Splits an ask into its claims at sentence ends, semicolons and dashes: "Voorkom ad-hoc maatregelen en kies
/// voor duurzame verbeteringen. Handhaaf de Spreidingswet" holds two demands with opposite directions.
/// </summary>
public static partial class ClaimSplitter
{
    public static IReadOnlyList<string> Split(string askText)
    {
        var claims = Separators().Split(askText)
            .Select(c => c.Trim(' ', '.', ',', ':', '\n'))
            .Where(c => c.Count(char.IsLetter) >= 3)
            .ToList();
        return claims.Count == 0 ? [askText] : claims;
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})|;|\s[–—-]\s|\n")]
    private static partial Regex Separators();
}
