namespace Thorbecke.Storage.Homes;

/// <summary>Opens the project that a <c>--db</c> value names.</summary>
public static class ProjectHomes
{
    /// <summary>Opens (and creates when needed) the project at <paramref name="database"/>.</summary>
    public static ProjectHome Open(string database) => new SqliteProjectHome(database);

    /// <summary>Whether the project at <paramref name="database"/> is there already, without creating it.</summary>
    public static bool Exists(string database) => File.Exists(database);
}
