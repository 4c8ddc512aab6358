using System.Text.RegularExpressions;

namespace Thorbecke.Cli.Terminal;

/// <summary>Dutch versions of the command-line parser's most common messages.</summary>
internal static partial class DutchParseErrors
{
    public static string Translate(string message)
    {
        if (Unrecognized().Match(message) is { Success: true } u)
        {
            return $"onbekend argument of onbekende optie '{u.Groups[1].Value}'";
        }

        if (RequiredArgument().Match(message) is { Success: true } a)
        {
            return $"bij '{a.Groups[1].Value}' ontbreekt een verplicht argument";
        }

        if (RequiredCommand().IsMatch(message))
        {
            return "kies een opdracht";
        }

        if (MissingValue().Match(message) is { Success: true } v)
        {
            return $"optie '{v.Groups[1].Value}' verwacht een waarde";
        }

        return message;
    }

    [GeneratedRegex(@"Unrecognized command or argument '(.*)'")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"Required argument missing for command: '?([^'.]*)'?")]
    private static partial Regex RequiredArgument();

    [GeneratedRegex(@"Required command was not provided")]
    private static partial Regex RequiredCommand();

    [GeneratedRegex(@"Required argument missing for option: '?([^'.]*)'?")]
    private static partial Regex MissingValue();
}
