namespace Thorbecke.Storage.Schema;

/// <summary>One numbered step of the schema; applied once, in order, and recorded in <c>schema_version</c>.</summary>
/// <param name="Version">1-based and consecutive: the highest applied version is the schema's version.</param>
/// <param name="Description">What the step adds, kept in <c>schema_version</c> for whoever inspects the file.</param>
/// <param name="Sql">The statements of the step.</param>
public sealed record Migration(int Version, string Description, string Sql);
