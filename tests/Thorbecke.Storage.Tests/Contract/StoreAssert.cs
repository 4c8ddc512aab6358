using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Storage.Tests.Contract;

/// <summary>
/// Deep comparisons: the domain records hold lists, and record equality compares lists by reference,
/// so two equal documents read from a database are never <c>==</c>.
/// </summary>
internal static class StoreAssert
{
    public static void SameDocument(Document expected, Document? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Info, actual.Info);
        Assert.Equal(expected.Pages, actual.Pages);
        Assert.Equal(expected.Passages.Count, actual.Passages.Count);
        for (var i = 0; i < expected.Passages.Count; i++)
        {
            Assert.Equal(expected.Passages[i] with { HeadingPath = [] }, actual.Passages[i] with { HeadingPath = [] });
            Assert.Equal(expected.Passages[i].HeadingPath, actual.Passages[i].HeadingPath);
        }
    }

    public static void SameResults(IReadOnlyList<AskResult> expected, IReadOnlyList<AskResult>? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Select(r => r.Ask), actual.Select(r => r.Ask));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i] with { Evidence = [] }, actual[i] with { Evidence = [] });
            Assert.Equal(expected[i].Evidence, actual[i].Evidence);
        }
    }

    /// <summary>Same id, title and asks (hints included); the fingerprint covers every ask field.</summary>
    public static void SameAgenda(Agenda expected, Agenda actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Asks.Select(a => a.Id), actual.Asks.Select(a => a.Id));
        Assert.Equal(AgendaFingerprint.Of(expected), AgendaFingerprint.Of(actual));
    }
}
