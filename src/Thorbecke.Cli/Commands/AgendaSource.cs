using Thorbecke.Cli.Terminal;
using Thorbecke.Core.Agendas;

namespace Thorbecke.Cli.Commands;

/// <summary>Finds the agenda a user names: a built-in id such as <c>vng-2025</c>, or a JSON/YAML file.</summary>
internal static class AgendaSource
{
    public const string Default = BuiltInAgendas.Vng2025;

    /// <summary>The agenda, or null after writing every problem to <paramref name="errors"/>.</summary>
    /// <param name="failure">The exit code to use when null: <see cref="CommandRunner.Refused"/> for a file refused for its size or nesting.</param>
    public static Agenda? Resolve(string idOrFile, TextWriter errors, out int failure)
    {
        failure = CommandRunner.Failure;
        if (BuiltInAgendas.Find(idOrFile) is { } builtIn)
        {
            return builtIn;
        }

        if (!File.Exists(idOrFile))
        {
            errors.WriteLine($"Fout: agenda '{idOrFile}' bestaat niet: geen ingebouwde agenda ({string.Join(", ", BuiltInAgendas.Ids)}) en geen bestand.");
            return null;
        }

        var result = Read(idOrFile);
        foreach (var problem in result.Problems)
        {
            errors.WriteLine($"Fout: {idOrFile}, {problem}");
        }

        failure = result.Refused ? CommandRunner.Refused : CommandRunner.Failure;
        return result.Agenda;
    }

    /// <summary>Parses an agenda file; one over the size limit is refused without being read.</summary>
    public static AgendaParseResult Read(string path) =>
        AgendaParser.CheckFileSize(new FileInfo(path).Length) is { } tooLarge
            ? AgendaParseResult.RefusedFile(tooLarge)
            : AgendaParser.Parse(File.ReadAllText(path));
}
