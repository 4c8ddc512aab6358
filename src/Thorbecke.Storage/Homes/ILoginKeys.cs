namespace Thorbecke.Storage.Homes;

/// <summary>
/// The keys that sign the web app's login cookies, kept with the project: a login then survives a restart, and
/// every app instance on one database accepts the cookies of the others.
/// </summary>
public interface ILoginKeys
{
    /// <summary>Every key, as the XML element the app wrote.</summary>
    IReadOnlyList<string> All();

    /// <summary>Keeps a new key under <paramref name="name"/> (unique per key).</summary>
    void Add(string name, string xml);
}
