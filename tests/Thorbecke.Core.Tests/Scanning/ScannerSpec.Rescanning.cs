using Thorbecke.Core.Agendas;
using Thorbecke.Core.Tests.Scanning.Fakes;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Tests.Scanning;

public static partial class ScannerSpec
{
    /// <summary>Results are kept per agenda and engine: the same pair reuses them, any change judges again.</summary>
    public class Scanning_the_same_files_again
    {
        private readonly MemoryScanStore store = new();

        public Scanning_the_same_files_again() => Scanner(store).Scan(Agenda, Programmes);

        [Fact]
        public void Should_neither_read_nor_match_with_the_same_agenda_and_engine()
        {
            var reader = new PageTextReader();
            var matcher = new WordMatcher();

            var report = Scanner(store, reader, matcher).Scan(Agenda, Programmes);

            Assert.Empty(reader.ReadFiles);
            Assert.Empty(matcher.Calls);
            Assert.Equal(3 * Agenda.Asks.Count, report.Results.Count);
            Assert.Equal(2, store.Runs.Count);
        }

        [Fact]
        public void Should_match_again_but_not_read_again_under_a_new_engine_version()
        {
            var reader = new PageTextReader();
            var matcher = new WordMatcher("woorden-2");

            var report = Scanner(store, reader, matcher).Scan(Agenda, Programmes);

            Assert.Empty(reader.ReadFiles);
            Assert.Equal(["alpha.txt", "beta.txt", "gamma.txt"], matcher.MatchedFiles.Order(StringComparer.Ordinal));
            Assert.Equal("woorden-2", report.EngineVersion);
            Assert.Equal("woorden-2", store.Runs[^1].Engine);
        }

        [Fact]
        public void Should_match_again_when_an_ask_was_edited()
        {
            var edited = Agenda with { Asks = [.. Agenda.Asks.Take(2), new Ask("zor-01", "Zorg", "Jeugdzorg volledig vergoeden.")] };
            var matcher = new WordMatcher();

            Scanner(store, matcher: matcher).Scan(edited, Programmes);

            Assert.Equal(3, matcher.Calls.Count);
            Assert.All(matcher.Calls, call => Assert.Same(edited, call.Agenda));
        }

        [Fact]
        public void Should_match_again_when_the_stored_results_miss_an_ask()
        {
            var fingerprint = store.Runs[0].Fingerprint;
            var alpha = store.Documents.Single(d => d.Info.File == "alpha.txt").Info;
            store.SaveResults(fingerprint, "woorden-1", alpha.Id, store.FindResults(fingerprint, "woorden-1", alpha.Id)!.Take(2).ToList());
            var matcher = new WordMatcher();

            var report = Scanner(store, matcher: matcher).Scan(Agenda, Programmes);

            Assert.Equal(["alpha.txt"], matcher.MatchedFiles);
            Assert.Equal(3, report.Results.Count(r => r.Document == alpha.Id));
            Assert.Equal(3, store.FindResults(fingerprint, "woorden-1", alpha.Id)!.Count);
        }

        [Fact]
        public void Should_give_the_same_verdicts_as_the_first_scan()
        {
            var first = store.LoadLatestReport()!;

            var again = Scanner(store).Scan(Agenda, Programmes);

            Assert.Equal(first.Results.Select(Key), again.Results.Select(Key));
        }

        private static (string, string, Verdict, string) Key(AskResult result) =>
            (result.Ask, result.Document, result.Verdict, string.Join('|', result.Evidence.Select(e => e.Quote)));
    }
}
