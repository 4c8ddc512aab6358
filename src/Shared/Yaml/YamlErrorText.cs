using System.Text.RegularExpressions;

namespace Thorbecke.Yaml;

/// <summary>
/// Dutch for YamlDotNet's English error messages. The library has no message codes, so its texts are matched;
/// one it does not know gets a general Dutch sentence rather than the English.
/// </summary>
internal static partial class YamlErrorText
{
    private static readonly (string English, string Dutch)[] Known =
    [
        ("did not find expected ',' or ']'", "in een lijst tussen [ en ] hoort na elk element een komma of de sluitende ]"),
        ("did not find expected ',' or '}'", "in een object tussen { en } hoort na elk veld een komma of de sluitende }"),
        ("While parsing a block mapping, did not find expected key", "hier wordt een veldnaam verwacht; kijk of de regel even ver inspringt als de velden erboven"),
        ("While parsing a block collection, did not find expected '-' indicator", "hier wordt een volgend element van de lijst verwacht (een regel die met - begint); kijk naar het inspringen"),
        ("found invalid mapping", "een dubbele punt op een plek waar die niet kan; zet een tekst met ': ' tussen aanhalingstekens"),
        ("found unexpected end of stream", "het bestand houdt op voordat een tekst tussen aanhalingstekens is gesloten"),
        ("While scanning a simple key, could not find expected ':'", "na een veldnaam hoort een dubbele punt"),
        ("found character that cannot start any token", "dit teken kan hier niet staan; zet de tekst tussen aanhalingstekens"),
        ("found unknown escape character", "een onbekende escape-reeks (\\) in een tekst tussen dubbele aanhalingstekens"),
        ("found invalid tab as indentation", "een tab om in te springen; gebruik spaties"),
        ("found a tab character that violate indentation", "een tab om in te springen; gebruik spaties"),
        ("While parsing a node, did not find expected node content", "hier wordt een waarde verwacht"),
        ("found more than one anchor", "een waarde met meer dan één anker (&naam)"),
        ("A document cannot contain only an alias", "het bestand bestaat alleen uit een verwijzing (*naam)"),
        ("found incompatible YAML document", "een YAML-versie die niet wordt ondersteund"),
    ];

    public static string Translate(string message)
    {
        foreach (var (english, dutch) in Known)
        {
            if (message.Contains(english, StringComparison.Ordinal))
            {
                return Prefix(dutch);
            }
        }

        if (DuplicateKey().Match(message) is { Success: true } duplicate)
        {
            return Prefix($"het veld '{duplicate.Groups[1].Value.Trim()}' staat twee keer in hetzelfde object");
        }

        if (MissingAnchor().Match(message) is { Success: true } anchor)
        {
            return Prefix($"de verwijzing *{anchor.Groups[1].Value} wijst naar een anker (&{anchor.Groups[1].Value}) dat niet bestaat");
        }

        return Prefix("de opbouw klopt hier niet (inspringen, aanhalingstekens of haakjes)");
    }

    private static string Prefix(string reason) => $"het bestand is geen geldige JSON of YAML: {reason}";

    [GeneratedRegex(@"^Duplicate key (.*)$")]
    private static partial Regex DuplicateKey();

    [GeneratedRegex(@"anchor '([^']*)'")]
    private static partial Regex MissingAnchor();
}
