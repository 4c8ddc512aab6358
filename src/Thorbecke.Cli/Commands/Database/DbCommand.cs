using System.CommandLine;

namespace Thorbecke.Cli.Commands.Database;

/// <summary><c>thorbecke db</c>: move a project between SQLite and PostgreSQL, and check that it arrived whole.</summary>
internal static class DbCommand
{
    public static Command Create() => new("db", "Verplaats een project tussen SQLite en PostgreSQL en controleer het.")
    {
        DbCopyCommand.Create(),
        DbCheckCommand.Create(),
    };
}
