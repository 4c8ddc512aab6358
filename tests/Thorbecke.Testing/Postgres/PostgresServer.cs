using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Thorbecke.Testing.Postgres;

/// <summary>
/// A throwaway PostgreSQL server for tests: a fresh cluster in a temp folder (in memory where possible), on a free port of 127.0.0.1, with
/// trust login for the superuser <c>postgres</c> and durability off (nothing here needs to survive a crash). Dispose
/// stops it and deletes the folder; a process-exit handler does the same for a test run that ends without disposing,
/// and a server whose test process died unannounced is cleared by the next one that starts.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string User = "postgres";
    /// <summary>
    /// In memory where the machine has a tmpfs: creating a database copies its template's files, which took 300 to
    /// 400 ms per test on a busy disk and 30 ms in memory.
    /// </summary>
    private static readonly string Parent = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "thorbecke-postgres");

    private readonly string folder;
    private int stopped;

    public PostgresServer()
    {
        ClearAbandoned();
        folder = Path.Combine(Parent, Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "owner.pid"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        try
        {
            PostgresBinaries.GiveToServerUser(folder);
            PostgresBinaries.RunServerProgram("initdb",
                ["-D", DataFolder, "-U", User, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], folder);
            Port = Start();
        }
        catch
        {
            Delete();
            throw;
        }

        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    private string DataFolder => Path.Combine(folder, "data");

    /// <summary>The URL of a database on this server, as <c>--db</c> and <c>THORBECKE_DB</c> take it.</summary>
    public string Url(string database) => string.Create(CultureInfo.InvariantCulture, $"postgres://{User}@127.0.0.1:{Port}/{database}");

    /// <summary>Creates an empty database with a fresh name and returns the name.</summary>
    /// <param name="icuLocale">
    /// Sorts text by this ICU locale (<c>nl-NL</c>) instead of the cluster's byte order, as a server set up for Dutch users
    /// would; the machine needs no operating-system locales for it.
    /// </param>
    public string CreateDatabase(string? icuLocale = null)
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        // From 15 on, CREATE DATABASE writes the whole template to the WAL by default; copying the files is ten times faster.
        string[] strategy = PostgresBinaries.Version >= 15 ? ["--strategy=file_copy"] : [];
        string[] locale = icuLocale is null ? [] : ["--template=template0", "--locale-provider=icu", $"--icu-locale={icuLocale}"];
        PostgresBinaries.RunClient("createdb", [.. Client, .. strategy, .. locale, name]);
        return name;
    }

    /// <summary>Drops a database, closing the connections still open to it.</summary>
    public void DropDatabase(string name) =>
        PostgresBinaries.RunClient("dropdb", [.. Client, "--force", "--if-exists", name]);

    public void Dispose()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        Stop();
    }

    private string[] Client => ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", User, "-w"];

    private int Start()
    {
        // Another process may take the free port before the server binds it; a second port then does.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var options = string.Create(CultureInfo.InvariantCulture,
                $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
            try
            {
                PostgresBinaries.RunServerProgram("pg_ctl",
                    ["start", "-w", "-t", "60", "-D", DataFolder, "-l", Path.Combine(folder, "server.log"), "-o", options], folder);
                return port;
            }
            catch (InvalidOperationException e) when (attempt < 3)
            {
                Trace.WriteLine($"PostgreSQL did not start on port {port}: {e.Message}");
            }
            catch (InvalidOperationException e)
            {
                var log = Path.Combine(folder, "server.log");
                throw new InvalidOperationException($"{e.Message}\n{(File.Exists(log) ? File.ReadAllText(log) : "")}", e);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void OnProcessExit(object? sender, EventArgs e) => Stop();

    private void Stop()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 0)
        {
            StopCluster(folder);
            Delete();
        }
    }

    private void Delete()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless; the server itself is stopped.
        }
    }

    /// <summary>Stops the server of a cluster folder: immediate (no checkpoint; the cluster is thrown away), else killed.</summary>
    private static void StopCluster(string clusterFolder)
    {
        var data = Path.Combine(clusterFolder, "data");
        var pidFile = Path.Combine(data, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return;
        }

        try
        {
            PostgresBinaries.RunServerProgram("pg_ctl", ["stop", "-w", "-m", "immediate", "-D", data], clusterFolder);
        }
        catch (InvalidOperationException)
        {
            if (File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), CultureInfo.InvariantCulture, out var pid))
            {
                Kill(pid);
            }
        }
    }

    /// <summary>Stops and deletes the clusters of test processes that are gone (killed before their exit handler ran).</summary>
    private static void ClearAbandoned()
    {
        if (!Directory.Exists(Parent))
        {
            return;
        }

        foreach (var cluster in Directory.GetDirectories(Parent))
        {
            var owner = Path.Combine(cluster, "owner.pid");
            var alive = File.Exists(owner)
                ? int.TryParse(File.ReadAllText(owner), CultureInfo.InvariantCulture, out var pid) && IsRunning(pid)
                : Directory.GetCreationTimeUtc(cluster) > DateTime.UtcNow.AddMinutes(-1); // still being made
            if (alive)
            {
                continue;
            }

            StopCluster(cluster);
            try
            {
                Directory.Delete(cluster, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another test process is clearing it at the same moment.
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
    }
}
