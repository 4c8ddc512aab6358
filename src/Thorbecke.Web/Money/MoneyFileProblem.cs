namespace Thorbecke.Web.Money;

/// <summary>A finance file the money pages could not use, with every problem in it (Dutch, with line and field).</summary>
internal sealed record MoneyFileProblem(string File, IReadOnlyList<string> Problems);
