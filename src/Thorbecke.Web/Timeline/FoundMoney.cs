using System.Collections.Concurrent;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;
using Thorbecke.MoneyMentions;

namespace Thorbecke.Web.Timeline;

/// <summary>
/// The amounts the money finder reads in each document, kept for as long as the app runs: they depend only on the
/// document's text and the agenda, and reading a long programme takes about a second. A review makes a new report,
/// which only matches the kept amounts to its quotes again (<c>TimelineMoney.Link</c>).
/// </summary>
internal sealed class FoundMoney(IDocumentCatalog catalog)
{
    private readonly ConcurrentDictionary<(string Sha256, string Agenda), IReadOnlyList<MoneyMention>> found = new();

    /// <summary>The amounts in <paramref name="document"/> tied to the asks of <paramref name="agenda"/>; none when its text is not stored.</summary>
    /// <param name="fingerprint">The agenda's fingerprint (<see cref="AgendaFingerprint"/>), which the kept amounts are filed under.</param>
    public IReadOnlyList<MoneyMention> In(DocumentInfo document, Agenda agenda, string fingerprint) =>
        found.GetOrAdd((document.Sha256, fingerprint), _ =>
            catalog.LoadDocument(document.Id) is { } text ? new MoneyMentionFinder().Find(text, agenda) : []);
}
