namespace Thorbecke.Core.Agendas;

/// <summary>The outcome of parsing an agenda file: the agenda, or every problem found.</summary>
public sealed record AgendaParseResult(Agenda? Agenda, IReadOnlyList<AgendaProblem> Problems)
{
    public bool IsValid => Agenda is not null;

    /// <summary>True when the file was refused for its size, nesting or references rather than for its content.</summary>
    public bool Refused { get; init; }

    /// <summary>A result for a file that was refused before it was read, e.g. for its size.</summary>
    public static AgendaParseResult RefusedFile(string reason) => new(null, [new AgendaProblem(1, 1, reason)]) { Refused = true };
}
