using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;

namespace Thorbecke.Cli.Commands;

/// <summary>
/// <c>scan --party</c> and <c>--kind</c>: a plain value is for every file of the scan (a party only when it is one
/// file), "bestand.pdf=VVD" for one file. They win over corpus.json and over the guess from the file name.
/// </summary>
internal static class DocumentOverrides
{
    /// <summary>The inputs with the given party and kind; problems (in Dutch) when a value cannot be used.</summary>
    public static (IReadOnlyList<ScanInput> Inputs, IReadOnlyList<string> Problems) Apply(IReadOnlyList<ScanInput> inputs, IReadOnlyList<string> parties, IReadOnlyList<string> kinds)
    {
        var problems = new List<string>();
        var party = Values("--party", parties, inputs, problems, value => value.Trim().Length > 0 ? value.Trim() : null, "een partijnaam mag niet leeg zijn");
        var kind = Values("--kind", kinds, inputs, problems, value => DocumentKinds.TryParse(value, out var known) ? known : null, $"kies uit {DocumentKinds.Choices}");
        if (parties.Any(p => !p.Contains('=', StringComparison.Ordinal)) && inputs.Count > 1)
        {
            problems.Add($"--party zonder bestandsnaam geldt voor één bestand, maar deze scan heeft {inputs.Count} bestanden; schrijf --party bestand.pdf=NAAM.");
        }

        var result = inputs.Select(input =>
        {
            var given = party(input);
            var givenKind = kind(input);
            return given is null && givenKind is null
                ? input
                : input with { Metadata = input.Metadata with { Party = given ?? input.Metadata.Party, Kind = givenKind ?? input.Metadata.Kind } };
        }).ToList();
        return (result, problems);
    }

    /// <summary>Reads one option's values into a lookup per input; later values win.</summary>
    private static Func<ScanInput, string?> Values(string option, IReadOnlyList<string> values, IReadOnlyList<ScanInput> inputs, List<string> problems, Func<string, string?> read, string hint)
    {
        string? forAll = null;
        var perFile = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            var split = value.IndexOf('=', StringComparison.Ordinal);
            var file = split < 0 ? null : value[..split].Trim();
            var text = split < 0 ? value : value[(split + 1)..];
            if (read(text) is not { } parsed)
            {
                problems.Add($"{option} '{text.Trim()}' kan niet: {hint}.");
            }
            else if (file is null)
            {
                forAll = parsed;
            }
            else if (inputs.Any(i => string.Equals(i.FileName, file, StringComparison.OrdinalIgnoreCase)))
            {
                perFile[file] = parsed;
            }
            else
            {
                problems.Add($"{option} noemt bestand '{file}', maar dat wordt in deze scan niet gelezen.");
            }
        }

        return input => perFile.GetValueOrDefault(input.FileName) ?? forAll;
    }
}
