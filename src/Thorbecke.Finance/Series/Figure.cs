namespace Thorbecke.Finance.Series;

/// <summary>A published figure with where it comes from, so every number in a table can be traced.</summary>
/// <param name="Value">The value, in the unit of its series.</param>
/// <param name="Source">A citation: a URL or a document and page.</param>
/// <param name="Uncertain">True when the figure is not confirmed in a primary source; shown with a mark.</param>
public sealed record Figure(decimal Value, string Source, bool Uncertain = false);
