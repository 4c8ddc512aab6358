using Thorbecke.Core.Scanning;
using Thorbecke.Core.Tests.Scanning.Fakes;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Tests.Scanning;

public static partial class ScannerSpec
{
    /// <summary>One index per document: a document's results never depend on which other documents are scanned with it.</summary>
    public class Each_document
    {
        [Fact]
        public void Should_be_matched_on_its_own_against_the_whole_agenda()
        {
            var matcher = new WordMatcher();

            Scanner(new MemoryScanStore(), matcher: matcher).Scan(Agenda, Programmes);

            Assert.Equal(3, matcher.Calls.Count);
            Assert.All(matcher.Calls, call => Assert.Same(Agenda, call.Agenda));
            Assert.Equal(["alpha.txt", "beta.txt", "gamma.txt"], matcher.MatchedFiles.Order(StringComparer.Ordinal));
        }

        [Fact]
        public void Should_get_the_same_results_alone_as_among_others()
        {
            var alone = Scanner(new MemoryScanStore()).Scan(Agenda, [Programmes[1]]);

            var together = Scanner(new MemoryScanStore(), options: new ScanOptions { MaxParallelism = 3 }).Scan(Agenda, Programmes);

            var beta = alone.Documents.Single();
            Assert.Equal(beta, together.Documents[1]);
            Assert.Equal(alone.Results.Select(Key), together.Results.Where(r => r.Document == beta.Id).Select(Key));
        }

        [Fact]
        public void Should_keep_its_stored_results_when_other_documents_join_the_scan()
        {
            var store = new MemoryScanStore();
            Scanner(store).Scan(Agenda, [Programmes[0]]);
            var matcher = new WordMatcher();

            var report = Scanner(store, matcher: matcher).Scan(Agenda, Programmes);

            Assert.Equal(["beta.txt", "gamma.txt"], matcher.MatchedFiles.Order(StringComparer.Ordinal));
            Assert.Equal(9, report.Results.Count);
        }

        private static (string, string, Verdict, double, string) Key(AskResult result) =>
            (result.Ask, result.Document, result.Verdict, result.Confidence, string.Join('|', result.Evidence.Select(e => $"{e.Page}:{e.Quote}")));
    }
}
