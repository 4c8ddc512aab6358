using Thorbecke.Finance.Levers;

namespace Thorbecke.Finance.Projection;

/// <summary>What one lever added to (positive) or took from (negative) the fund in one year, in euros.</summary>
public sealed record LeverEffect(Lever Lever, decimal Amount);
