using Thorbecke.Finance.Files.Yaml;
using Thorbecke.Finance.Normering;
using Thorbecke.Finance.Projection;
using Thorbecke.Yaml;
using YamlDotNet.RepresentationModel;

namespace Thorbecke.Finance.Files.Scenarios;

/// <summary>
/// Reads a scenario from YAML (or JSON). Every problem is reported with its line and field; a file with any
/// problem yields no scenario at all. A text too large, too deeply nested or full of references is refused before
/// it is read into a tree (see <c>YamlLimits</c>). See docs/finance.md for the format.
/// </summary>
public static class ScenarioParser
{
    private static readonly string[] ScenarioFields = ["id", "title", "extends", "normering", "combine", "years", "levers"];

    public static FileParseResult<ScenarioFile> Parse(string text)
    {
        YamlStream stream;
        try
        {
            stream = BoundedYaml.Load(text);
        }
        catch (YamlRefusedException e)
        {
            return FileParseResult<ScenarioFile>.Failed(new FileProblem(e.Line, e.Column, "", e.Message)) with { Refused = e.ExceedsLimit };
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return FileParseResult<ScenarioFile>.Failed(new FileProblem(1, 1, "", "een scenario is een object met de velden id, title, normering, years en levers"));
        }

        var fields = new YamlFields();
        fields.RejectUnknown(root, "", ScenarioFields);
        var id = fields.String(root, "id", "", required: true);
        var title = fields.String(root, "title", "", required: false) ?? id;
        var extends = fields.String(root, "extends", "", required: false);
        var normering = ParseNormering(root, fields);
        var (from, to) = ParseYears(root, fields);
        var combination = (normering as BbpSystematiek)?.Combination ?? PartsCombination.Multiplied;
        var levers = new LeverParser(fields, from ?? 1990, to ?? 2100, combination).ParseAll(root);

        if (fields.Problems.Count > 0 || id is null || normering is null || from is null || to is null)
        {
            return new FileParseResult<ScenarioFile>(null, fields.Problems);
        }

        var scenario = new Scenario(id, title!, normering, from.Value, to.Value, levers.Where(l => l.Confirmed).Select(l => l.Lever).ToList());
        return FileParseResult<ScenarioFile>.From(
            new ScenarioFile(scenario, levers.Where(l => !l.Confirmed).Select(l => l.Lever).ToList(),
                levers.Where(l => l.Source is not null).ToDictionary(l => l.Lever, l => l.Source!), extends),
            fields.Problems);
    }

    private static INormering? ParseNormering(YamlMappingNode root, YamlFields fields)
    {
        var name = fields.String(root, "normering", "", required: true);
        var combine = fields.String(root, "combine", "", required: false);
        var combination = combine switch
        {
            null or "multiply" => PartsCombination.Multiplied,
            "add" => PartsCombination.Added,
            _ => (PartsCombination?)null,
        };
        if (combination is null)
        {
            fields.Problem(YamlFields.Child(root, "combine")!, "combine", $"'{combine}' is onbekend (kies multiply of add)");
        }

        if (name == "trap-op-trap-af" && combine is not null)
        {
            fields.Problem(YamlFields.Child(root, "combine")!, "combine", "trap-op-trap-af heeft geen volume- en prijsdeel om te combineren; laat 'combine' weg");
        }

        return name switch
        {
            null => null,
            "bbp" => new BbpSystematiek(combination ?? PartsCombination.Multiplied),
            "trap-op-trap-af" => new TrapOpTrapAf(),
            _ => Unknown(),
        };

        INormering? Unknown()
        {
            fields.Problem(YamlFields.Child(root, "normering")!, "normering", $"'{name}' is onbekend (kies bbp of trap-op-trap-af)");
            return null;
        }
    }

    private static (int? From, int? To) ParseYears(YamlMappingNode root, YamlFields fields)
    {
        if (YamlFields.Child(root, "years") is not YamlMappingNode years)
        {
            fields.Problem(YamlFields.Child(root, "years") ?? root, "years", "het veld ontbreekt of is geen object (schrijf years: {from: 2025, to: 2030})");
            return (null, null);
        }

        fields.RejectUnknown(years, "years", ["from", "to"]);
        var from = YamlFields.Child(years, "from") is { } f ? fields.Year(f, "years.from") : Missing("from");
        var to = YamlFields.Child(years, "to") is { } t ? fields.Year(t, "years.to") : Missing("to");
        if (from > to)
        {
            fields.Problem(years, "years", $"het laatste jaar {to} ligt voor het eerste jaar {from}");
        }

        return (from, to);

        int? Missing(string name)
        {
            fields.Problem(years, $"years.{name}", "het jaar ontbreekt");
            return null;
        }
    }
}
