using Thorbecke.Core.Scanning;
using Thorbecke.Core.Verdicts;
using Thorbecke.Storage.Tests.Crash;

namespace Thorbecke.Storage.Tests.Sqlite;

public sealed partial class SqliteScanStoreTests
{
    [Theory]
    [InlineData("document")]
    [InlineData("results")]
    public void A_writer_killed_mid_transaction_Should_leave_only_whole_documents_and_result_sets(string stage)
    {
        Open().Dispose();

        CrashWriter.KillDuring(DatabasePath, stage);

        var store = Open();
        var fingerprint = AgendaFingerprint.Of(CrashWriter.Agenda);
        var documents = store.ListDocuments();
        Assert.NotEmpty(documents);
        foreach (var info in documents)
        {
            var document = store.LoadDocument(info.Id);
            Assert.Equal(CrashWriter.Pages, document!.Pages.Count);
            Assert.Equal(CrashWriter.Pages * CrashWriter.PassagesPerPage, document.Passages.Count);
            var results = store.FindResults(fingerprint, CrashWriter.Engine, info.Id);
            if (results is not null)
            {
                Assert.Equal(CrashWriter.Agenda.Asks.Count, results.Count);
                Assert.All(results, r => Assert.Equal(AskResult.MaxEvidence, r.Evidence.Count));
            }
        }
    }
}
