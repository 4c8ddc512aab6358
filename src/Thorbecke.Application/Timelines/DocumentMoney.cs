using System.Collections.Concurrent;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Timelines;
using Thorbecke.MoneyMentions;
using Thorbecke.Reports;

namespace Thorbecke.Application.Timelines;

/// <summary>
/// The amounts the money finder reads in each document, kept for as long as this object lives: they depend only on
/// the document's text and the agenda, and reading a long programme takes about a second. A review makes a new report,
/// which only matches the kept amounts to its quotes again (<see cref="TimelineMoney.Link"/>). The web app keeps one
/// for as long as it runs; the CLI makes one per command.
/// </summary>
public sealed class DocumentMoney(IDocumentCatalog catalog)
{
    private readonly ConcurrentDictionary<(string Sha256, string Agenda), IReadOnlyList<MoneyMention>> found = new();

    /// <summary>The amounts in <paramref name="document"/> tied to the asks of <paramref name="agenda"/>; none when its text is not stored.</summary>
    /// <param name="fingerprint">The agenda's fingerprint (<see cref="AgendaFingerprint"/>), which the kept amounts are filed under.</param>
    public IReadOnlyList<MoneyMention> In(DocumentInfo document, Agenda agenda, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(document);
        return found.GetOrAdd((document.Sha256, fingerprint), _ =>
            catalog.LoadDocument(document.Id) is { } text ? new MoneyMentionFinder().Find(text, agenda) : []);
    }

    /// <summary>The amounts each of <paramref name="documentIds"/> ties to each ask of the report, for its timelines.</summary>
    public TimelineAmounts Amounts(ScanReport report, IEnumerable<string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(documentIds);
        var grid = ResultGrid.For(report);
        var fingerprint = AgendaFingerprint.Of(report.Agenda);
        var wanted = documentIds.ToHashSet(StringComparer.Ordinal);
        return new TimelineAmounts(report.Documents
            .Where(d => wanted.Contains(d.Id))
            .SelectMany(d => TimelineMoney.Link(report, grid, d, In(d, report.Agenda, fingerprint))));
    }
}
