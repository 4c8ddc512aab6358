namespace Thorbecke.Core.Comparison;

/// <summary>The outcomes of one theme's asks.</summary>
public sealed record ThemeAdoption(string Theme, AdoptionCounts Counts);
