using Thorbecke.Finance.Levers;
using Thorbecke.Finance.Normering;

namespace Thorbecke.Finance.Projection;

/// <summary>A named set of choices to project: a normering, the years to show and the levers pulled.</summary>
/// <param name="Id">A short identifier, e.g. <c>basis</c> or <c>d66</c>.</param>
/// <param name="Title">The Dutch title shown above tables and charts.</param>
/// <param name="FromYear">The first year shown.</param>
/// <param name="ToYear">The last year shown.</param>
public sealed record Scenario(string Id, string Title, INormering Normering, int FromYear, int ToYear, IReadOnlyList<Lever> Levers);
