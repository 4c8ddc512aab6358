using Thorbecke.Core.Documents;

namespace Thorbecke.Web.Timeline;

/// <summary>A document dated on or after the day asked about.</summary>
/// <param name="Document">The document's id.</param>
/// <param name="Kind">The document's kind as corpus.json writes it.</param>
public sealed record NewDocument(string Document, string Title, string Kind, DateOnly? Date)
{
    public static NewDocument From(DocumentInfo document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(document.Id, document.Title, document.Kind, document.Date);
    }
}
