namespace Thorbecke.Core.Agendas;

/// <summary>One thing wrong with an agenda file, with its 1-based location in that file.</summary>
public sealed record AgendaProblem(int Line, int Column, string Message)
{
    public override string ToString() => $"regel {Line}, kolom {Column}: {Message}";
}
