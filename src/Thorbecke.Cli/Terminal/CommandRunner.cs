using System.CommandLine;

namespace Thorbecke.Cli.Terminal;

/// <summary>Parses and runs a command; parse errors are reported in Dutch with exit code 1.</summary>
internal static class CommandRunner
{
    public const int Failure = 1;

    /// <summary>An input file was refused for its size, nesting or references; as with a scan's unreadable files, exit 2.</summary>
    public const int Refused = 2;

    public static int Run(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not DutchHelp)
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine($"Fout: {DutchParseErrors.Translate(error.Message)}");
            }

            Console.Error.WriteLine("Gebruik --help voor de mogelijkheden.");
            return Failure;
        }

        return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = true });
    }
}
