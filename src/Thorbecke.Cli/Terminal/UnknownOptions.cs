using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Thorbecke.Cli.Terminal;

/// <summary>
/// Finds words that look like options but are none of the command's. The parser takes such a word as a path when the
/// command accepts paths, so <c>scan --raport x.html map</c> would scan a file called "--raport"; a typo must stop the
/// run instead, with the option the user probably meant.
/// </summary>
internal static class UnknownOptions
{
    /// <summary>Each unknown option with its Dutch message, in the order typed; empty when there is none.</summary>
    public static IReadOnlyList<string> Messages(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var known = DutchHelp.AllOptions(command).SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct(StringComparer.Ordinal).ToList();
        return Suspects(parse)
            .Distinct(StringComparer.Ordinal)
            .Select(word => Nearest(OptionName(word), known) is { } meant
                ? $"onbekende optie '{word}'. Bedoelde u {meant}?"
                : $"onbekende optie '{word}'. Gebruik '{DutchHelp.Path(command)} --help' voor de mogelijkheden.")
            .ToList();
    }

    /// <summary>The closest name within two typing mistakes (or a third of the name for long ones); null when none is close.</summary>
    public static string? Nearest(string word, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Name: c, Distance: Distance(word, c)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, word.Length / 3) ? best.Name : null;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours count one.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>
    /// Words the parser could not place, and words it gave to the command's arguments (paths) that start with a dash;
    /// after "--" every word is a path, as usual.
    /// </summary>
    private static IEnumerable<string> Suspects(ParseResult parse)
    {
        var endOfOptions = IndexOf(parse.Tokens, t => t.Type == TokenType.DoubleDash);
        var arguments = parse.CommandResult.Command.Arguments
            .SelectMany(a => parse.GetResult(a)?.Tokens ?? [])
            .Where(t => IndexOf(parse.Tokens, other => ReferenceEquals(other, t)) < endOfOptions)
            .Select(t => t.Value);
        return parse.UnmatchedTokens.Concat(arguments).Where(LooksLikeOption);
    }

    private static int IndexOf(IReadOnlyList<Token> tokens, Func<Token, bool> match)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (match(tokens[i]))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>"--raport" and "-x" are options; "-", "-5" and "-0,5" are values.</summary>
    private static bool LooksLikeOption(string word) =>
        word.Length > 1 && word[0] == '-' && word != "--"
        && !double.TryParse(word.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    /// <summary>"--raport=x.html" is typed as one word; only the name counts for the suggestion.</summary>
    private static string OptionName(string word) => word.Split('=', ':')[0];
}
