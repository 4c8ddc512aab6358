using Thorbecke.Core.Documents;

namespace Thorbecke.Storage.Homes;

/// <summary>The original files of a project's documents, kept so a quote's PDF opens at its page.</summary>
public interface IOriginalFiles : IDocumentArchive
{
    /// <summary>The kept original of <paramref name="document"/>, or null when it was not kept (scanned before, or elsewhere).</summary>
    byte[]? Load(DocumentInfo document);

    /// <summary>Whether the original of <paramref name="document"/> was kept.</summary>
    bool Has(DocumentInfo document);
}
