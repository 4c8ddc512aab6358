using Thorbecke.Core.Agendas;

namespace Thorbecke.Cli.Commands;

/// <summary>Finds the agenda a user names: a built-in id such as <c>vng-2025</c>, or a JSON/YAML file.</summary>
internal static class AgendaSource
{
    public const string Default = BuiltInAgendas.Vng2025;

    public static Agenda? Resolve(string idOrFile, TextWriter errors)
    {
        if (BuiltInAgendas.Find(idOrFile) is { } builtIn)
        {
            return builtIn;
        }

        if (!File.Exists(idOrFile))
        {
            errors.WriteLine($"Fout: agenda '{idOrFile}' bestaat niet: geen ingebouwde agenda ({string.Join(", ", BuiltInAgendas.Ids)}) en geen bestand.");
            return null;
        }

        var result = AgendaParser.Parse(File.ReadAllText(idOrFile));
        foreach (var problem in result.Problems)
        {
            errors.WriteLine($"Fout: {idOrFile}, {problem}");
        }

        return result.Agenda;
    }
}
