namespace Thorbecke.Storage.Rows;

/// <summary>What one set of stored results belongs to: an agenda version, an engine version and a document.</summary>
internal readonly record struct ResultKey(string AgendaFingerprint, string EngineVersion, string DocumentId);
