namespace Thorbecke.Web.Api;

/// <summary>409: someone saved the cell after the version the client saw; current is their review.</summary>
public sealed record ConflictResponse(string Error, ReviewResponse Current);
