using Thorbecke.Storage.Tests.Crash;

namespace Thorbecke.Storage.Tests;

/// <summary>
/// The test assembly's entry point. The test runner never calls it; the crash test starts this assembly
/// as a child process that it can kill in the middle of a write.
/// </summary>
public static class Program
{
    public static int Main(string[] args) =>
        args is [CrashWriter.Command, var path] ? CrashWriter.Run(path) : 0;
}
