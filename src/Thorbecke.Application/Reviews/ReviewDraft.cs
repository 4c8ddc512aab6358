using Thorbecke.Core.Reviews;

namespace Thorbecke.Application.Reviews;

/// <summary>A review as a person sent it, from the cell page's form or the API, before it is checked.</summary>
public sealed record ReviewDraft(string Ask, string Document, string? Verdict, IReadOnlyList<ReviewEvidence> Evidence, string? Comment, int SeenVersion);
