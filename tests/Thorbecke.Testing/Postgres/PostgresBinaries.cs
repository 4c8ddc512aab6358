using System.Diagnostics;
using System.Globalization;

namespace Thorbecke.Testing.Postgres;

/// <summary>
/// Debian's PostgreSQL programs (<c>/usr/lib/postgresql/&lt;version&gt;/bin</c>, the <c>postgresql</c> package that
/// test.sh installs). The server refuses to run as root, so as root it runs as the <c>postgres</c> system user.
/// </summary>
internal static class PostgresBinaries
{
    private const string Root = "/usr/lib/postgresql";
    private const string ServerUser = "postgres";

    private static readonly Lazy<string> Folder = new(Find);

    /// <summary>The major version of the installed programs (15 on Debian 12).</summary>
    public static int Version => int.Parse(Path.GetFileName(Path.GetDirectoryName(Folder.Value))!, CultureInfo.InvariantCulture);

    /// <summary>Whether the server programs must run as another user than this process's.</summary>
    public static bool RunAsServerUser => Environment.IsPrivilegedProcess;

    /// <summary>Gives a folder to the server's user, so the server can write its cluster and socket there.</summary>
    public static void GiveToServerUser(string folder)
    {
        if (RunAsServerUser)
        {
            Run("chown", ["-R", $"{ServerUser}:{ServerUser}", folder], folder);
        }
    }

    /// <summary>Runs a server program (initdb, pg_ctl) as the server's user and returns its output.</summary>
    public static string RunServerProgram(string program, IReadOnlyList<string> arguments, string workingFolder) =>
        RunAsServerUser
            ? Run("runuser", ["-u", ServerUser, "--", Path.Combine(Folder.Value, program), .. arguments], workingFolder)
            : Run(Path.Combine(Folder.Value, program), arguments, workingFolder);

    /// <summary>Runs a client program (createdb, dropdb, psql) as this process's user and returns its output.</summary>
    public static string RunClient(string program, IReadOnlyList<string> arguments) =>
        Run(Path.Combine(Folder.Value, program), arguments, Path.GetTempPath());

    /// <returns>The output, stdout then stderr.</returns>
    /// <exception cref="InvalidOperationException">The program failed; the message has its output.</exception>
    public static string Run(string program, IReadOnlyList<string> arguments, string workingFolder)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingFolder,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd() + error.GetAwaiter().GetResult();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output}"));
        }

        return output;
    }

    /// <summary>The newest installed version's bin folder.</summary>
    private static string Find()
    {
        var folders = Directory.Exists(Root)
            ? Directory.GetDirectories(Root).Where(d => File.Exists(Path.Combine(d, "bin", "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), CultureInfo.InvariantCulture, out var version) ? version : 0)
                .ToList()
            : [];
        return folders.Count > 0
            ? Path.Combine(folders[0], "bin")
            : throw new InvalidOperationException(
                $"PostgreSQL is not installed: no {Root}/<version>/bin/initdb. Install Debian's postgresql package (test.sh does).");
    }
}
