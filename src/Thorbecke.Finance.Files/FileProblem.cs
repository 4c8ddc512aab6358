namespace Thorbecke.Finance.Files;

/// <summary>A problem in an input file, with the place it was found, so an analyst can fix it in an editor.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Field">The field the problem is in, e.g. <c>levers[2].amounts.2027</c>.</param>
/// <param name="Message">What is wrong, in Dutch.</param>
public sealed record FileProblem(int Line, int Column, string Field, string Message)
{
    public override string ToString() => Field.Length == 0
        ? $"regel {Line}, kolom {Column}: {Message}"
        : $"regel {Line}, kolom {Column}, veld '{Field}': {Message}";
}
