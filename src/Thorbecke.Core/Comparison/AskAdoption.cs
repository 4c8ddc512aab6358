using Thorbecke.Core.Agendas;
using Thorbecke.Core.Reviews;

namespace Thorbecke.Core.Comparison;

/// <summary>
/// One ask in a comparison: what the reference did with it, the reference's cell (its evidence, and whether an
/// analyst reviewed it), and the compared programmes grouped by how they stood towards the ask.
/// </summary>
/// <param name="Reference">The reference's cell; its <see cref="ReviewedResult.Evidence"/> is the quote behind the outcome.</param>
/// <param name="Supporters">Programmes that support the ask, in the order they were given.</param>
/// <param name="PartialSupporters">Programmes that partially support it.</param>
/// <param name="Opponents">Programmes that oppose it.</param>
public sealed record AskAdoption(
    Ask Ask,
    Adoption Adoption,
    ReviewedResult Reference,
    IReadOnlyList<ReviewedResult> Supporters,
    IReadOnlyList<ReviewedResult> PartialSupporters,
    IReadOnlyList<ReviewedResult> Opponents);
