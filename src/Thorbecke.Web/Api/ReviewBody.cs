namespace Thorbecke.Web.Api;

/// <summary>The body of <c>POST /api/reviews</c>.</summary>
/// <param name="Ask">The ask id, as in the results contract.</param>
/// <param name="Document">The document id, as in the results contract.</param>
/// <param name="Verdict">support, partial, oppose or none.</param>
/// <param name="Evidence">The quotes that carry the verdict; empty or left out keeps the machine's.</param>
/// <param name="Comment">Optional note.</param>
/// <param name="SeenVersion">The review version the client last saw (the results' <c>review.version</c>); left out means 0, no review yet.</param>
public sealed record ReviewBody(string Ask, string Document, string Verdict, IReadOnlyList<EvidenceBody>? Evidence = null, string? Comment = null, int? SeenVersion = null);
