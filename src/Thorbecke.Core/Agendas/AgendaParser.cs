using Thorbecke.Yaml;
using YamlDotNet.RepresentationModel;

namespace Thorbecke.Core.Agendas;

/// <summary>
/// Reads an agenda from JSON or YAML text. YAML is a superset of JSON, so one parser serves both
/// and every problem can be reported with the line and column where it occurs.
/// </summary>
public static class AgendaParser
{
    private static readonly HashSet<string> AgendaFields = ["id", "title", "source", "description", "asks"];
    private static readonly HashSet<string> AskFields = ["id", "theme", "text", "hints"];
    private static readonly HashSet<string> HintFields = ["terms", "required"];

    /// <summary>
    /// The Dutch reason a file of <paramref name="bytes"/> bytes is refused before reading it (over 4 MiB), or null.
    /// Callers that read agendas from disk check this first, so a huge file is never loaded into memory.
    /// </summary>
    public static string? CheckFileSize(long bytes) => BoundedYaml.CheckFileSize(bytes);

    /// <summary>
    /// Parses <paramref name="text"/>; the agenda is null when any problem was found. A text that is too large,
    /// nested too deeply or full of references is refused before it is read into a tree (see <c>YamlLimits</c>).
    /// </summary>
    public static AgendaParseResult Parse(string text)
    {
        var problems = new List<AgendaProblem>();
        YamlStream stream;
        try
        {
            stream = BoundedYaml.Load(text);
        }
        catch (YamlRefusedException e)
        {
            problems.Add(new AgendaProblem(e.Line, e.Column, e.Message));
            return new AgendaParseResult(null, problems) { Refused = e.ExceedsLimit };
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(new AgendaProblem(1, 1, "de agenda moet een object zijn met de velden id, title en asks"));
            return new AgendaParseResult(null, problems);
        }

        ReportUnknownFields(root, AgendaFields, "agenda", problems);
        var id = RequiredString(root, "id", "agenda", problems);
        var title = OptionalString(root, "title", problems) ?? id ?? "";
        var asks = ParseAsks(root, problems);

        return problems.Count == 0
            ? new AgendaParseResult(new Agenda(id!, title, asks), problems)
            : new AgendaParseResult(null, problems);
    }

    private static List<Ask> ParseAsks(YamlMappingNode root, List<AgendaProblem> problems)
    {
        var asks = new List<Ask>();
        if (!root.Children.TryGetValue(new YamlScalarNode("asks"), out var asksNode))
        {
            problems.Add(At(root, "het veld 'asks' ontbreekt"));
            return asks;
        }

        if (asksNode is not YamlSequenceNode sequence)
        {
            problems.Add(At(asksNode, "'asks' moet een lijst zijn"));
            return asks;
        }

        if (sequence.Children.Count == 0)
        {
            problems.Add(At(asksNode, "de agenda bevat geen asks"));
        }

        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var index = 0;
        foreach (var node in sequence.Children)
        {
            index++;
            var where = $"ask {index}";
            if (node is not YamlMappingNode askNode)
            {
                problems.Add(At(node, $"{where} moet een object zijn"));
                continue;
            }

            ReportUnknownFields(askNode, AskFields, where, problems);
            var askId = RequiredString(askNode, "id", where, problems);
            if (askId is not null)
            {
                where = $"ask '{askId}'";
                if (seen.TryGetValue(askId, out var first))
                {
                    problems.Add(At(askNode, $"dubbel id '{askId}' (eerder op regel {first.Start.Line})"));
                }
                else
                {
                    seen[askId] = askNode;
                }
            }

            var theme = RequiredString(askNode, "theme", where, problems);
            var text = RequiredString(askNode, "text", where, problems);
            var hints = ParseHints(askNode, where, problems);
            if (askId is not null && theme is not null && text is not null)
            {
                asks.Add(new Ask(askId, theme, text, hints));
            }
        }

        return asks;
    }

    private static AskHints ParseHints(YamlMappingNode askNode, string where, List<AgendaProblem> problems)
    {
        if (!askNode.Children.TryGetValue(new YamlScalarNode("hints"), out var hintsNode))
        {
            return AskHints.Empty;
        }

        if (hintsNode is not YamlMappingNode hints)
        {
            problems.Add(At(hintsNode, $"{where}: 'hints' moet een object zijn met 'terms' en/of 'required'"));
            return AskHints.Empty;
        }

        ReportUnknownFields(hints, HintFields, $"{where}, hints", problems);
        return new AskHints(StringList(hints, "terms", where, problems), StringList(hints, "required", where, problems));
    }

    private static List<string> StringList(YamlMappingNode node, string field, string where, List<AgendaProblem> problems)
    {
        var list = new List<string>();
        if (!node.Children.TryGetValue(new YamlScalarNode(field), out var value))
        {
            return list;
        }

        if (value is not YamlSequenceNode sequence)
        {
            problems.Add(At(value, $"{where}: '{field}' moet een lijst met woorden zijn"));
            return list;
        }

        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } term } && !string.IsNullOrWhiteSpace(term))
            {
                list.Add(term.Trim());
            }
            else
            {
                problems.Add(At(item, $"{where}: '{field}' bevat een leeg of ongeldig woord"));
            }
        }

        return list;
    }

    private static string? RequiredString(YamlMappingNode node, string field, string where, List<AgendaProblem> problems)
    {
        if (!node.Children.TryGetValue(new YamlScalarNode(field), out var value))
        {
            problems.Add(At(node, $"{where}: het veld '{field}' ontbreekt"));
            return null;
        }

        if (value is not YamlScalarNode { Value: { } text })
        {
            problems.Add(At(value, $"{where}: '{field}' moet tekst zijn"));
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(At(value, $"{where}: '{field}' is leeg"));
            return null;
        }

        return text.Trim();
    }

    private static string? OptionalString(YamlMappingNode node, string field, List<AgendaProblem> problems)
    {
        if (!node.Children.TryGetValue(new YamlScalarNode(field), out var value))
        {
            return null;
        }

        if (value is YamlScalarNode { Value: { } text })
        {
            return text.Trim();
        }

        problems.Add(At(value, $"'{field}' moet tekst zijn"));
        return null;
    }

    private static void ReportUnknownFields(YamlMappingNode node, HashSet<string> known, string where, List<AgendaProblem> problems)
    {
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (!known.Contains(name))
            {
                problems.Add(At(key, $"{where}: onbekend veld '{name}' (toegestaan: {string.Join(", ", known)})"));
            }
        }
    }

    private static AgendaProblem At(YamlNode node, string message) =>
        new((int)node.Start.Line, (int)node.Start.Column, message);
}
