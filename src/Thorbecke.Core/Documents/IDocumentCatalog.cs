namespace Thorbecke.Core.Documents;

/// <summary>
/// Read access to the stored documents, for the web app and the report command, which show documents
/// without scanning them.
/// </summary>
public interface IDocumentCatalog
{
    /// <summary>Every stored document, in the order they were first stored.</summary>
    IReadOnlyList<DocumentInfo> ListDocuments();

    /// <summary>The document with this id (see <see cref="DocumentInfo.IdFor"/>), with its pages and passages; null when unknown.</summary>
    Document? LoadDocument(string id);
}
