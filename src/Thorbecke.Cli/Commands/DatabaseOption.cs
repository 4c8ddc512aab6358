using System.CommandLine;
using Thorbecke.Storage;

namespace Thorbecke.Cli.Commands;

/// <summary>The <c>--db</c> option: the project's SQLite file or PostgreSQL database.</summary>
internal static class DatabaseOption
{
    public static Option<string> Create() => new("--db")
    {
        Description = "Het databasebestand (SQLite). Standaard: $THORBECKE_DB of thorbecke.db in de huidige map.",
        HelpName = "thorbecke.db",
        DefaultValueFactory = _ => SqliteScanStore.DefaultPath,
    };
}
