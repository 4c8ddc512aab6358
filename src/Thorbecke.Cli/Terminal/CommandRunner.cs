using System.CommandLine;

namespace Thorbecke.Cli.Terminal;

/// <summary>
/// Parses and runs a command. A command line that cannot be understood (an unknown option, a missing value) is
/// reported in Dutch and exits with <see cref="UsageError"/> before anything runs.
/// </summary>
internal static class CommandRunner
{
    public const int Failure = 1;

    /// <summary>An input file was refused for its size, nesting or references; as with a scan's unreadable files, exit 2.</summary>
    public const int Refused = 2;

    /// <summary>The usual exit code for a command line that was typed wrong.</summary>
    public const int UsageError = 2;

    public static int Run(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = true };
        if (parse.Action is DutchHelp)
        {
            return parse.Invoke(invocation);
        }

        var unknown = UnknownOptions.Messages(parse);
        if (unknown.Count > 0)
        {
            foreach (var message in unknown)
            {
                Console.Error.WriteLine($"Fout: {message}");
            }

            return UsageError;
        }

        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine($"Fout: {DutchParseErrors.Translate(error.Message)}");
            }

            Console.Error.WriteLine($"Gebruik '{DutchHelp.Path(parse.CommandResult.Command)} --help' voor de mogelijkheden.");
            return UsageError;
        }

        return parse.Invoke(invocation);
    }
}
