using Thorbecke.Core.Agendas;
using Thorbecke.Core.Scanning;

namespace Thorbecke.Application.Projects;

/// <summary>A scan that adds files to a project (see <see cref="ProjectScan.Joining"/>).</summary>
/// <param name="Agenda">The project's agenda.</param>
/// <param name="Inputs">The project's documents first, then the new files.</param>
/// <param name="Stored">How many of the inputs are the project's own documents, read from their stored pages.</param>
public sealed record JoiningScan(Agenda Agenda, IReadOnlyList<ScanInput> Inputs, int Stored);
