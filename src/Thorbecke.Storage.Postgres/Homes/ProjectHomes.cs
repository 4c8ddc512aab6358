using Thorbecke.Storage.Homes;

namespace Thorbecke.Storage.Postgres.Homes;

/// <summary>Opens the project that a <c>--db</c> value names: a <c>postgres://</c> URL, or else a SQLite file.</summary>
public static class ProjectHomes
{
    /// <summary>Opens (and for a file, creates when needed) the project at <paramref name="database"/>.</summary>
    /// <exception cref="InvalidOperationException">A PostgreSQL server cannot be reached or refuses the login.</exception>
    public static ProjectHome Open(string database) =>
        PostgresProjectStore.IsUrl(database) ? new PostgresProjectHome(database.Trim()) : new SqliteProjectHome(database);

    /// <summary>The project as messages name it: a server and database without the password, or the full path of a file.</summary>
    public static string Describe(string database) =>
        PostgresProjectStore.IsUrl(database) ? PostgresAddress.Describe(PostgresAddress.Parse(database.Trim())) : Path.GetFullPath(database);

    /// <summary>Whether the project at <paramref name="database"/> may be there: a file that exists, or any server (it tells when opened).</summary>
    public static bool Exists(string database) => PostgresProjectStore.IsUrl(database) || File.Exists(database);
}
