using Thorbecke.Core.Documents;
using Thorbecke.Text.Finding;

namespace Thorbecke.Web.Comparison;

/// <summary>A searched document with its pages (to show each hit in its sentences) and the hits, best first.</summary>
internal sealed record DocumentHits(DocumentInfo Document, IReadOnlyList<Page> Pages, IReadOnlyList<PassageHit> Hits);
