namespace Thorbecke.Reports.Json;

/// <summary>
/// A results file is not valid. <see cref="Exception.Message"/> says in Dutch what is wrong and where,
/// for example "results[3].verdict: onbekend oordeel 'misschien' (verwacht support, partial, none of oppose)".
/// </summary>
public sealed class ResultsFormatException : Exception
{
    public ResultsFormatException(string message)
        : base(message)
    {
    }

    public ResultsFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
