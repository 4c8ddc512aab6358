using Thorbecke.Core.Reviews;

namespace Thorbecke.Web.Reviews;

/// <summary>A review as a person sent it, from the cell page's form or the API, before it is checked.</summary>
internal sealed record ReviewDraft(string Ask, string Document, string? Verdict, IReadOnlyList<ReviewEvidence> Evidence, string? Comment, int SeenVersion);
