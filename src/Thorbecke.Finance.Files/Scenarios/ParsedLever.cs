using Thorbecke.Finance.Levers;

namespace Thorbecke.Finance.Files.Scenarios;

/// <summary>A lever as read from a file, before the scenario decides whether it counts.</summary>
internal sealed record ParsedLever(Lever Lever, bool Confirmed, LeverSource? Source);
