using System.Globalization;

namespace Thorbecke.Cli.Tests;

/// <summary>How much memory a child process has used, read from Linux's /proc.</summary>
internal static class ProcessMemory
{
    /// <summary>VmHWM: the most resident memory the process has had, in bytes (0 once it has gone).</summary>
    public static long HighWaterMark(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
