using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Text;

namespace Thorbecke.Cli.Commands;

/// <summary>
/// <c>scan --party</c>, <c>--kind</c> and <c>--date</c>: a plain value is for every file of the scan (a party only when
/// it is one file), "bestand.pdf=VVD" for one file. They win over corpus.json, the document's own words and the
/// guess from the file name.
/// </summary>
internal static class DocumentOverrides
{
    /// <summary>The values as typed after <c>--party</c>, <c>--kind</c> and <c>--date</c>.</summary>
    public sealed record Given(IReadOnlyList<string> Parties, IReadOnlyList<string> Kinds, IReadOnlyList<string> Dates);

    /// <summary>The inputs with the given party, kind and date; problems (in Dutch) when a value cannot be used.</summary>
    public static (IReadOnlyList<ScanInput> Inputs, IReadOnlyList<string> Problems) Apply(IReadOnlyList<ScanInput> inputs, Given given)
    {
        var problems = new List<string>();
        var party = Values("--party", given.Parties, inputs, problems, value => value.Trim().Length > 0 ? value.Trim() : null, "een partijnaam mag niet leeg zijn");
        var kind = Values("--kind", given.Kinds, inputs, problems, value => DocumentKinds.TryParse(value, out var known) ? known : null, $"kies uit {DocumentKinds.Choices}");
        var date = Values("--date", given.Dates, inputs, problems, value => IsoDate.TryRead(value, out var parsed) ? IsoDate.Write(parsed) : null, "schrijf een datum als 2026-03-12");
        if (given.Parties.Any(p => !p.Contains('=', StringComparison.Ordinal)) && inputs.Count > 1)
        {
            problems.Add($"--party zonder bestandsnaam geldt voor één bestand, maar deze scan heeft {inputs.Count} bestanden; schrijf --party bestand.pdf=NAAM.");
        }

        var result = inputs.Select(input =>
        {
            var givenParty = party(input);
            var givenKind = kind(input);
            var givenDate = date(input) is { } text ? IsoDate.Read(text) : (DateOnly?)null;
            return givenParty is null && givenKind is null && givenDate is null
                ? input
                : input with { Metadata = input.Metadata with { Party = givenParty ?? input.Metadata.Party, Kind = givenKind ?? input.Metadata.Kind, Date = givenDate ?? input.Metadata.Date } };
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
