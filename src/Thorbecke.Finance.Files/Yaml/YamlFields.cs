using System.Globalization;
using Thorbecke.Finance.Amounts;
using YamlDotNet.RepresentationModel;

namespace Thorbecke.Finance.Files.Yaml;

/// <summary>
/// Reads typed fields from YAML nodes and collects every problem with its line, column and field path, so one
/// run shows all mistakes in a file instead of the first.
/// </summary>
internal sealed partial class YamlFields
{
    private readonly List<FileProblem> _problems = [];

    public IReadOnlyList<FileProblem> Problems => _problems;

    public void Problem(YamlNode node, string field, string message) =>
        _problems.Add(new FileProblem((int)node.Start.Line, (int)node.Start.Column, field, message));

    public static YamlNode? Child(YamlMappingNode map, string name) =>
        map.Children.TryGetValue(new YamlScalarNode(name), out var node) ? node : null;

    public void RejectUnknown(YamlMappingNode map, string path, IReadOnlyCollection<string> known)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (!known.Contains(name))
            {
                Problem(key, Join(path, name), $"onbekend veld (toegestaan: {string.Join(", ", known)})");
            }
        }
    }

    public string? String(YamlMappingNode map, string name, string path, bool required)
    {
        var node = Child(map, name);
        if (node is null)
        {
            if (required)
            {
                Problem(map, Join(path, name), "het veld ontbreekt");
            }

            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
        {
            return text.Trim();
        }

        Problem(node, Join(path, name), "moet tekst zijn");
        return null;
    }

    public bool? Boolean(YamlMappingNode map, string name, string path)
    {
        var node = Child(map, name);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && bool.TryParse(text, out var value))
        {
            return value;
        }

        Problem(node, Join(path, name), "moet true of false zijn");
        return null;
    }

    /// <summary>A plain number, written the invariant way (1500.5), within [min, max].</summary>
    public decimal? Number(YamlNode node, string path, decimal min, decimal max, string unit)
    {
        if (node is not YamlScalarNode { Value: { } text } || !TryNumber(text, out var value))
        {
            Problem(node, path, $"'{Describe(node)}' is geen getal (schrijf bijvoorbeeld 1500.5)");
            return null;
        }

        return InRange(node, path, value, min, max, unit);
    }

    /// <summary>
    /// An amount in euros: a number of millions written the invariant way (728 or 1500.5) or a Dutch amount with a
    /// currency or scale word in quotes ('€ 1,5 miljard'). Anything in between (1,5 or 1.500) is refused, because a
    /// reader cannot tell whether it means euros, millions or thousands.
    /// </summary>
    public decimal? Amount(YamlNode node, string path, decimal maxMillions)
    {
        if (node is YamlScalarNode { Value: { } text })
        {
            if (AmbiguousThousands().IsMatch(text.Trim()))
            {
                Problem(node, path, $"'{text}' is dubbelzinnig (schrijf miljoenen zonder punt, 1500, of een bedrag als '€ 1,5 miljard')");
                return null;
            }

            if (TryNumber(text, out var millions))
            {
                return InRange(node, path, millions, -maxMillions, maxMillions, "mln") * 1_000_000m;
            }

            if (DutchAmountScanner.FindAll(text) is [{ } match] && match.Length == text.Trim().Length && (match.HasCurrency || match.HasScale))
            {
                return InRange(node, path, match.Amount.Euros / 1_000_000m, -maxMillions, maxMillions, "mln") is null ? null : match.Amount.Euros;
            }
        }

        Problem(node, path, $"'{Describe(node)}' is geen bedrag (schrijf miljoenen als getal, 728, of een bedrag als '€ 1,5 miljard')");
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?\d{1,3}(\.\d{3})+$")]
    private static partial System.Text.RegularExpressions.Regex AmbiguousThousands();

    public int? Year(YamlNode node, string path)
    {
        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            if (year is >= 1990 and <= 2100)
            {
                return year;
            }

            Problem(node, path, $"{year} is geen aannemelijk jaar (verwacht 1990-2100)");
            return null;
        }

        Problem(node, path, $"'{Describe(node)}' is geen jaartal");
        return null;
    }

    /// <summary>A mapping from year to value, e.g. <c>{2026: 675, 2027: 675}</c>.</summary>
    public Dictionary<int, decimal>? YearMap(YamlMappingNode map, string name, string path, bool required, Func<YamlNode, string, decimal?> value)
    {
        var node = Child(map, name);
        var field = Join(path, name);
        if (node is null)
        {
            if (required)
            {
                Problem(map, field, "het veld ontbreekt (een bedrag per jaar, bijvoorbeeld {2026: 500, 2027: 500})");
            }

            return null;
        }

        if (node is not YamlMappingNode years || years.Children.Count == 0)
        {
            Problem(node, field, "moet per jaar een waarde geven, bijvoorbeeld {2026: 500, 2027: 500}");
            return null;
        }

        var result = new Dictionary<int, decimal>();
        foreach (var (key, item) in years.Children)
        {
            var year = Year(key, $"{field}.{Describe(key)}");
            var amount = value(item, $"{field}.{Describe(key)}");
            if (year is { } y && amount is { } a)
            {
                result[y] = a;
            }
        }

        return result;
    }

    public static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private decimal? InRange(YamlNode node, string path, decimal value, decimal min, decimal max, string unit)
    {
        if (value >= min && value <= max)
        {
            return value;
        }

        Problem(node, path, $"{value.ToString(CultureInfo.GetCultureInfo("nl-NL"))} {unit} is onaannemelijk (verwacht tussen {min.ToString(CultureInfo.GetCultureInfo("nl-NL"))} en {max.ToString(CultureInfo.GetCultureInfo("nl-NL"))} {unit})");
        return null;
    }

    private static bool TryNumber(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private static string Describe(YamlNode node) => node is YamlScalarNode { Value: { } text } ? text : node.NodeType.ToString().ToLowerInvariant();
}
