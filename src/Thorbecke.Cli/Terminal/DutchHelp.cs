using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Thorbecke.Cli.Terminal;

/// <summary>
/// Help text in Dutch. System.CommandLine ships no Dutch resources and its help builder is internal,
/// so the help for every command is written here from the same command tree.
/// </summary>
internal sealed class DutchHelp : SynchronousCommandLineAction
{
    public static void Install(Command command)
    {
        foreach (var option in command.Options.OfType<HelpOption>())
        {
            option.Action = new DutchHelp();
            option.Description = "Toon deze hulp.";
        }

        foreach (var option in command.Options.OfType<VersionOption>())
        {
            option.Description = "Toon het versienummer.";
        }

        foreach (var sub in command.Subcommands)
        {
            Install(sub);
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
        return 0;
    }

    public static void Write(Command command, TextWriter output)
    {
        output.WriteLine(command.Description);
        output.WriteLine();
        output.WriteLine("Gebruik:");
        output.WriteLine($"  {Usage(command)}");

        var arguments = command.Arguments.Where(a => !a.Hidden).ToList();
        if (arguments.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Argumenten:");
            WriteRows(output, arguments.Select(a => ($"<{a.Name}>", a.Description ?? "")));
        }

        var options = AllOptions(command).Where(o => !o.Hidden).ToList();
        if (options.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Opties:");
            WriteRows(output, options.Select(o => (OptionLabel(o), o.Description ?? "")));
        }

        var subcommands = command.Subcommands.Where(c => !c.Hidden).ToList();
        if (subcommands.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Opdrachten:");
            WriteRows(output, subcommands.Select(c => (c.Name, c.Description ?? "")));
            output.WriteLine();
            output.WriteLine($"Meer over een opdracht: {Path(command)} <opdracht> --help");
        }
    }

    /// <summary>The options a command accepts: its own and the recursive ones of its ancestors (such as --help).</summary>
    public static IEnumerable<Option> AllOptions(Command command)
    {
        var own = command.Options.ToList();
        return own.Concat(Ancestors(command).SelectMany(c => c.Options).Where(o => o.Recursive && !own.Contains(o)));
    }

    private static IEnumerable<Command> Ancestors(Command command)
    {
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            yield return parent;
        }
    }

    /// <summary>"thorbecke money run": how the user types the command.</summary>
    public static string Path(Command command) =>
        string.Join(' ', Ancestors(command).Reverse().Select(c => c is RootCommand ? "thorbecke" : c.Name)
            .Append(command is RootCommand ? "thorbecke" : command.Name));

    private static string Usage(Command command)
    {
        var parts = new List<string> { Path(command) };
        if (command.Subcommands.Count > 0)
        {
            parts.Add("[opdracht]");
        }

        parts.AddRange(command.Arguments.Where(a => !a.Hidden).Select(a => a.Arity.MaximumNumberOfValues > 1 ? $"<{a.Name}>..." : $"<{a.Name}>"));
        if (command.Options.Count > 0)
        {
            parts.Add("[opties]");
        }

        return string.Join(' ', parts);
    }

    private static string OptionLabel(Option option)
    {
        var names = new[] { option.Name }.Concat(option.Aliases.Where(a => a != option.Name)).OrderBy(n => n.Length);
        var label = string.Join(", ", names);
        var takesValue = option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool);
        return takesValue ? $"{label} <{option.HelpName ?? option.Name.TrimStart('-')}>" : label;
    }

    private static void WriteRows(TextWriter output, IEnumerable<(string Label, string Text)> rows)
    {
        var list = rows.ToList();
        var width = list.Max(r => r.Label.Length) + 2;
        foreach (var (label, text) in list)
        {
            output.WriteLine($"  {label.PadRight(width)}{text}");
        }
    }
}
