namespace Thorbecke.Core.Verdicts;

/// <summary>A quote that supports a verdict: verbatim text from <paramref name="Page"/> with its retrieval score.</summary>
public sealed record Evidence(int Page, string Quote, double Score);
