using Microsoft.AspNetCore.Http;
using Thorbecke.Core.Documents;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Comparison;

/// <summary>
/// What the compare page compares, from a plain GET query (<c>?referentie=ID&amp;programma=ID&amp;programma=ID</c>) so
/// a comparison is a link someone can bookmark or send. Without a query: the first document that is not a
/// programme against all the others. Unknown ids are ignored rather than refused.
/// </summary>
internal sealed record CompareSelection(DocumentInfo? Reference, IReadOnlyList<DocumentInfo> Programmes)
{
    public const string ReferenceKey = "referentie";
    public const string ProgrammeKey = "programma";

    /// <summary>The kind a scan gives a document when nothing else is known; every other kind can be a reference.</summary>
    private const string ProgrammeKind = "programme";

    public static CompareSelection From(IQueryCollection query, ReportView view)
    {
        if (!query.ContainsKey(ReferenceKey))
        {
            var first = view.Documents.FirstOrDefault(d => !string.Equals(d.Kind, ProgrammeKind, StringComparison.OrdinalIgnoreCase));
            // Other agreements and letters are references too, not programmes that supported an ask.
            return new CompareSelection(first, view.Documents.Where(d => d != first && string.Equals(d.Kind, ProgrammeKind, StringComparison.OrdinalIgnoreCase)).ToList());
        }

        // A submitted form names its programmes; none checked means none compared, not all.
        var reference = view.FindDocument(query[ReferenceKey].ToString());
        var chosen = query[ProgrammeKey].Where(id => id is not null).ToHashSet(StringComparer.Ordinal);
        return new CompareSelection(reference, view.Documents.Where(d => d != reference && chosen.Contains(d.Id)).ToList());
    }

    public bool Compares(DocumentInfo document) => Programmes.Contains(document);
}
