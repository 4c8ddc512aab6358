using Thorbecke.Finance.Files.Yaml;
using Thorbecke.Finance.Levers;
using Thorbecke.Finance.Normering;
using Thorbecke.Finance.Series;
using YamlDotNet.RepresentationModel;

namespace Thorbecke.Finance.Files.Scenarios;

/// <summary>Reads the <c>levers</c> list of a scenario file: one kind per lever, each with its own fields.</summary>
internal sealed class LeverParser(YamlFields fields, int firstYear, int lastYear, PartsCombination combination)
{
    // One lever cannot plausibly move more than the whole fund (about 47 billion in 2026).
    private const decimal MaxLeverMillions = 50_000m;
    private const decimal MaxBudgetMillions = 500_000m;

    private static readonly string[] CommonFields = ["kind", "label", "justification", "confirmed", "source"];

    private static readonly Dictionary<LeverKind, string[]> KindFields = new()
    {
        [LeverKind.Opschalingskorting] = ["active", "amounts"],
        [LeverKind.Accres] = ["rates"],
        [LeverKind.Extra] = ["amounts", "structural"],
        [LeverKind.OneOff] = ["year", "amount"],
        [LeverKind.Cut] = ["amounts", "structural"],
        [LeverKind.HealthcareShift] = ["share", "budget"],
        [LeverKind.CostIndexation] = ["growth"],
    };

    public List<ParsedLever> ParseAll(YamlMappingNode root)
    {
        var result = new List<ParsedLever>();
        var node = YamlFields.Child(root, "levers");
        if (node is null)
        {
            return result;
        }

        if (node is not YamlSequenceNode list)
        {
            fields.Problem(node, "levers", "moet een lijst van hefbomen zijn");
            return result;
        }

        var index = 0;
        foreach (var item in list.Children)
        {
            var path = $"levers[{++index}]";
            if (item is not YamlMappingNode map)
            {
                fields.Problem(item, path, "een hefboom is een object met kind, justification en bedragen");
                continue;
            }

            if (Parse(map, path) is { } lever)
            {
                result.Add(lever);
            }
        }

        return result;
    }

    private ParsedLever? Parse(YamlMappingNode map, string path)
    {
        var kindName = fields.String(map, "kind", path, required: true);
        if (kindName is null)
        {
            return null;
        }

        if (!LeverKinds.ByName.TryGetValue(kindName, out var kind))
        {
            fields.Problem(YamlFields.Child(map, "kind")!, $"{path}.kind",
                $"onbekende hefboom '{kindName}' (kies uit {string.Join(", ", LeverKinds.ByName.Keys)})");
            return null;
        }

        fields.RejectUnknown(map, path, [.. CommonFields, .. KindFields[kind]]);
        var label = fields.String(map, "label", path, required: false) ?? kindName;
        var justification = fields.String(map, "justification", path, required: true) ?? "";
        var confirmed = fields.Boolean(map, "confirmed", path) ?? true;
        var source = ParseSource(map, path);
        Lever? lever = kind switch
        {
            LeverKind.Opschalingskorting => Opschalingskorting(map, path, label, justification),
            LeverKind.Accres => Percentages(map, "rates", path, -20m, 30m) is { } rates ? new AccresLever(label, justification, rates) : null,
            LeverKind.CostIndexation => Percentages(map, "growth", path, -20m, 30m) is { } growth ? new CostIndexationLever(label, justification, growth, combination) : null,
            LeverKind.OneOff => OneOff(map, path, label, justification),
            LeverKind.HealthcareShift => HealthcareShift(map, path, label, justification),
            _ => Amounts(map, path) is { } amounts ? new AmountLever(label, justification, kind, amounts) : null,
        };
        return lever is null ? null : new ParsedLever(lever, confirmed, source);
    }

    private OpschalingskortingLever? Opschalingskorting(YamlMappingNode map, string path, string label, string justification)
    {
        var active = fields.Boolean(map, "active", path);
        if (active is null && YamlFields.Child(map, "active") is null)
        {
            fields.Problem(map, $"{path}.active", "het veld ontbreekt (true: de korting geldt, false: afgeschaft)");
        }

        var schedule = YearAmounts(map, "amounts", path, required: true);
        return active is null || schedule is null ? null : new OpschalingskortingLever(label, justification, schedule, active.Value);
    }

    private AmountLever? OneOff(YamlMappingNode map, string path, string label, string justification)
    {
        var year = YamlFields.Child(map, "year") is { } y ? fields.Year(y, $"{path}.year") : Missing<int>(map, $"{path}.year", "het jaar ontbreekt");
        if (year < firstYear || year > lastYear)
        {
            fields.Problem(YamlFields.Child(map, "year")!, $"{path}.year", $"{year} valt buiten de jaren van het scenario ({firstYear}-{lastYear})");
            year = null;
        }

        var amount = YamlFields.Child(map, "amount") is { } a ? fields.Amount(a, $"{path}.amount", MaxLeverMillions) : Missing<decimal>(map, $"{path}.amount", "het bedrag ontbreekt");
        return year is null || amount is null ? null : AmountLever.OneOff(label, justification, year.Value, amount.Value);
    }

    private HealthcareShiftLever? HealthcareShift(YamlMappingNode map, string path, string label, string justification)
    {
        var share = YamlFields.Child(map, "share") is { } s ? fields.Number(s, $"{path}.share", 0m, 100m, "%") : Missing<decimal>(map, $"{path}.share", "het aandeel (procent) ontbreekt");
        var budget = YearAmounts(map, "budget", path, required: true, MaxBudgetMillions);
        return share is null || budget is null ? null : new HealthcareShiftLever(label, justification, share.Value / 100m, budget);
    }

    /// <summary>Either explicit <c>amounts</c> per year or <c>structural: {from, to?, amount}</c>.</summary>
    private YearSeries? Amounts(YamlMappingNode map, string path)
    {
        if (YamlFields.Child(map, "structural") is not { } node)
        {
            return YearAmounts(map, "amounts", path, required: true);
        }

        if (node is not YamlMappingNode structural)
        {
            fields.Problem(node, $"{path}.structural", "schrijf structural: {from: 2026, amount: 500}");
            return null;
        }

        var where = $"{path}.structural";
        fields.RejectUnknown(structural, where, ["from", "to", "amount"]);
        var from = YamlFields.Child(structural, "from") is { } f ? fields.Year(f, $"{where}.from") : Missing<int>(structural, $"{where}.from", "het beginjaar ontbreekt");
        var to = YamlFields.Child(structural, "to") is { } t ? fields.Year(t, $"{where}.to") : lastYear;
        if (from > to)
        {
            fields.Problem(structural, $"{where}.to", $"het laatste jaar {to} ligt voor het beginjaar {from}");
            return null;
        }

        var amount = YamlFields.Child(structural, "amount") is { } a ? fields.Amount(a, $"{where}.amount", MaxLeverMillions) : Missing<decimal>(structural, $"{where}.amount", "het bedrag ontbreekt");
        return from is null || to is null || amount is null ? null : YearSeries.Constant(from.Value, to.Value, amount.Value);
    }

    private YearSeries? YearAmounts(YamlMappingNode map, string name, string path, bool required, decimal maxMillions = MaxLeverMillions) =>
        InScenario(map, name, path, fields.YearMap(map, name, path, required, (node, where) => fields.Amount(node, where, maxMillions)));

    private YearSeries? Percentages(YamlMappingNode map, string name, string path, decimal min, decimal max) =>
        InScenario(map, name, path, fields.YearMap(map, name, path, required: true, (node, where) => fields.Number(node, where, min, max, "%") / 100m));

    /// <summary>A year outside the scenario's years would be read and silently never used, so it is a problem.</summary>
    private YearSeries? InScenario(YamlMappingNode map, string name, string path, Dictionary<int, decimal>? values)
    {
        var outside = values?.Keys.Where(y => y < firstYear || y > lastYear).Order().ToList() ?? [];
        if (outside.Count > 0)
        {
            fields.Problem(YamlFields.Child(map, name)!, $"{path}.{name}", $"{string.Join(", ", outside)} valt buiten de jaren van het scenario ({firstYear}-{lastYear})");
            return null;
        }

        return ToSeries(values);
    }

    private LeverSource? ParseSource(YamlMappingNode map, string path)
    {
        if (YamlFields.Child(map, "source") is not { } node)
        {
            return null;
        }

        if (node is not YamlMappingNode source)
        {
            fields.Problem(node, $"{path}.source", "schrijf source: {document: ..., page: 12, quote: ...}");
            return null;
        }

        var where = $"{path}.source";
        fields.RejectUnknown(source, where, ["document", "page", "quote"]);
        var document = fields.String(source, "document", where, required: true);
        var page = YamlFields.Child(source, "page") is { } p ? (int?)fields.Number(p, $"{where}.page", 1, 10_000, "") : null;
        return document is null ? null : new LeverSource(document, page, fields.String(source, "quote", where, required: false));
    }

    private static YearSeries? ToSeries(Dictionary<int, decimal>? values) => values is null ? null : new YearSeries(values);

    private T? Missing<T>(YamlNode node, string path, string message) where T : struct
    {
        fields.Problem(node, path, message);
        return null;
    }
}
