using Thorbecke.Finance.Levers;
using Thorbecke.Finance.Projection;

namespace Thorbecke.Finance.Files.Scenarios;

/// <summary>A scenario as read from its file, with the levers an analyst has not confirmed yet (they are not computed).</summary>
/// <param name="Sources">Where levers found in documents come from, by lever.</param>
/// <param name="Extends">The scenario file (relative to this one) whose levers come first, e.g. <c>basis.yaml</c>; a party
/// scenario is then the baseline plus what the party adds.</param>
public sealed record ScenarioFile(Scenario Scenario, IReadOnlyList<Lever> Unconfirmed, IReadOnlyDictionary<Lever, LeverSource> Sources, string? Extends = null);
