using System.Net;

namespace Thorbecke.Web;

/// <summary>What <c>thorbecke serve</c> passes to the web app.</summary>
/// <param name="DatabasePath">The SQLite file the CLI fills: documents, scan runs, results, reviews and accounts.</param>
/// <param name="Urls">Where Kestrel listens, for example <c>http://127.0.0.1:5080</c> (several separated by ';').</param>
public sealed record WebAppOptions(string DatabasePath, string Urls)
{
    /// <summary>The largest file an upload may contain; the longest party programmes are about 20 MB.</summary>
    public long MaxUploadBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The folder of scenario files (YAML, searched in subfolders) the money pages show; null leaves them unconfigured.</summary>
    public string? ScenarioFolder { get; init; }

    /// <summary>A CSV of municipalities (code, naam, inwoners, maatstaven) for the effect on one municipality; optional.</summary>
    public string? MunicipalitiesPath { get; init; }

    /// <summary>A CSV of bedragen per eenheid for the real distribution instead of the per-inhabitant approximation; optional.</summary>
    public string? MaatstavenPath { get; init; }

    /// <summary>A CSV of cost domains for taken versus middelen (the disbalans); optional.</summary>
    public string? TasksPath { get; init; }

    /// <summary>A CSV of economic figures that replace or add to the built-in inputs; optional.</summary>
    public string? InputsPath { get; init; }

    /// <summary>
    /// The reverse proxies (networks; one address is a /32 or /128) whose X-Forwarded-For and X-Forwarded-Proto
    /// are believed. Null, the default, ignores those headers, since any client could send them.
    /// </summary>
    public IReadOnlyList<IPNetwork>? TrustedProxies { get; init; }

    /// <summary>What <c>serve --proxy</c> trusts without an address: a proxy on the same machine.</summary>
    public static IReadOnlyList<IPNetwork> LoopbackProxies { get; } = [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")];

    /// <summary>Login attempts, right or wrong, one account name may get per minute; the next is refused with 429.</summary>
    public int LoginAttemptsPerAccount { get; init; } = 10;

    /// <summary>Login attempts one client address may make per minute, whatever the names; room for a few colleagues behind one NAT.</summary>
    public int LoginAttemptsPerAddress { get; init; } = 30;
}
