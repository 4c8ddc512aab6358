namespace Thorbecke.Testing.GoldenFiles;

/// <summary>Output that differs from its committed expected file; the message names the first differing line.</summary>
public sealed class GoldenMismatchException : Exception
{
    public GoldenMismatchException()
    {
    }

    public GoldenMismatchException(string message)
        : base(message)
    {
    }

    public GoldenMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
