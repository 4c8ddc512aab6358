namespace Thorbecke.Web;

/// <summary>What <c>thorbecke serve</c> passes to the web app.</summary>
/// <param name="DatabasePath">The SQLite file the CLI fills: documents, scan runs, results, reviews and accounts.</param>
/// <param name="Urls">Where Kestrel listens, for example <c>http://127.0.0.1:5080</c> (several separated by ';').</param>
public sealed record WebAppOptions(string DatabasePath, string Urls)
{
    /// <summary>The largest file an upload may contain; the longest party programmes are about 20 MB.</summary>
    public long MaxUploadBytes { get; init; } = 64L * 1024 * 1024;
}
