namespace Thorbecke.Core.Reviews;

/// <summary>A quote a reviewer picked from the machine's evidence or added from the page.</summary>
public sealed record ReviewEvidence(int Page, string Quote);
