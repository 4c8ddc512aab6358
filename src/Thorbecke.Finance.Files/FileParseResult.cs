namespace Thorbecke.Finance.Files;

/// <summary>The outcome of reading a file: the value only when there were no problems, so nothing is computed from half a file.</summary>
public sealed record FileParseResult<T>(T? Value, IReadOnlyList<FileProblem> Problems)
    where T : class
{
    public bool Succeeded => Value is not null && Problems.Count == 0;

    /// <summary>True when the file was refused for its size, nesting or references rather than for its content.</summary>
    public bool Refused { get; init; }

    public static FileParseResult<T> From(T value, IReadOnlyList<FileProblem> problems) =>
        new(problems.Count == 0 ? value : null, problems);

    public static FileParseResult<T> Failed(FileProblem problem) => new(null, [problem]);
}
