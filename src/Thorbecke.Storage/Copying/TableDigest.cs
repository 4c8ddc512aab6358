namespace Thorbecke.Storage.Copying;

/// <summary>One table of a project as a check sees it: its rows, and a hash of their content in key order.</summary>
/// <param name="Table">The table, or "originelen" for the kept original files.</param>
/// <param name="Rows">How many rows (or files) it holds.</param>
/// <param name="Hash">SHA-256 of the rows' values, the same whichever database holds them.</param>
public sealed record TableDigest(string Table, long Rows, string Hash);
