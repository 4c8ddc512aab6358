using System.CommandLine;
using Thorbecke.Storage;
using Thorbecke.Storage.Postgres;

namespace Thorbecke.Cli.Commands;

/// <summary>The <c>--db</c> option: the project's SQLite file or PostgreSQL database.</summary>
internal static class DatabaseOption
{
    /// <summary>$THORBECKE_DB as it is when it names a PostgreSQL database, else the SQLite file it names (or thorbecke.db).</summary>
    public static string Default =>
        Environment.GetEnvironmentVariable(SqliteScanStore.PathVariable) is { } configured && PostgresProjectStore.IsUrl(configured)
            ? configured.Trim()
            : SqliteScanStore.DefaultPath;

    public static Option<string> Create() => new("--db")
    {
        Description = "Het project: een SQLite-bestand, of een PostgreSQL-database als postgres://gebruiker:wachtwoord@server:5432/database. Standaard: $THORBECKE_DB of thorbecke.db in de huidige map.",
        HelpName = "thorbecke.db|postgres://...",
        DefaultValueFactory = _ => Default,
    };
}
