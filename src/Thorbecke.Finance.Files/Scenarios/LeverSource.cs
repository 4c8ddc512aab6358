namespace Thorbecke.Finance.Files.Scenarios;

/// <summary>The passage a lever was taken from, so a reviewer can check it on the page.</summary>
public sealed record LeverSource(string Document, int? Page, string? Quote);
