namespace Thorbecke.Web.Api;

/// <summary>A quote in the API: the 1-based page in the file and the text, verbatim from that page.</summary>
public sealed record EvidenceBody(int Page, string Quote);
