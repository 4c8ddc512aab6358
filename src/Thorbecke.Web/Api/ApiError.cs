namespace Thorbecke.Web.Api;

/// <summary>Why a request was refused, in Dutch.</summary>
public sealed record ApiError(string Error);
