using Thorbecke.Ingest.Limits;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Thorbecke.Ingest.Pdf;

/// <summary>
/// PdfPig's filters, each wrapped in a <see cref="BoundedFilter"/> that charges one file's <see cref="UnpackBudget"/>.
/// PdfPig asks its options' filter provider for every stream it unpacks, so this is the one place all of them pass.
/// </summary>
internal sealed class BoundedFilterProvider(UnpackBudget budget, PageTreeGuard pageTree) : IFilterProvider
{
    private readonly IFilterProvider inner = DefaultFilterProvider.Instance;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(inner.GetAllFilters());

    private IFilter[] Wrap(IReadOnlyList<IFilter> filters) => filters.Select(f => (IFilter)new BoundedFilter(f, budget, pageTree)).ToArray();
}
