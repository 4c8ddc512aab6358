using System.Collections.Concurrent;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Tests.Scanning.Fakes;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Tests.Scanning;

public static partial class ScannerSpec
{
    /// <summary>What a scan returns and records, whatever order the files were worked on in.</summary>
    public class The_report
    {
        [Fact]
        public void Should_list_documents_errors_and_results_in_the_order_of_the_inputs_though_big_files_start_first()
        {
            ScanInput[] inputs = [Text("klein.txt", "Woningen."), Input("leeg.txt", []), Text("groot.txt", string.Concat(Enumerable.Repeat("Jeugdzorg. ", 500))), Failing("weg.txt", new IOException("weg"))];

            var report = Scanner(new MemoryScanStore(), options: new ScanOptions { MaxParallelism = 1 }).Scan(Agenda, inputs);

            Assert.Equal(["klein.txt", "groot.txt"], report.Documents.Select(d => d.File));
            Assert.Equal(["leeg.txt", "weg.txt"], report.Errors.Select(e => e.File));
            Assert.Equal(
                report.Documents.SelectMany(d => Agenda.Asks.Select(a => (a.Id, d.Id))),
                report.Results.Select(r => (r.Ask, r.Document)));
        }

        [Fact]
        public void Should_carry_the_matchers_verdicts_and_engine_version_and_record_the_run()
        {
            var store = new MemoryScanStore();

            var report = Scanner(store).Scan(Agenda, Programmes);

            var alpha = report.Documents[0];
            Assert.Equal(Verdict.Support, report.Find("fin-01", alpha.Id)!.Verdict);
            Assert.Equal("Het gemeentefonds groeit mee.", Assert.Single(report.Find("fin-01", alpha.Id)!.Evidence).Quote);
            Assert.Equal(Verdict.None, report.Find("zor-01", alpha.Id)!.Verdict);
            Assert.Equal("woorden-1", report.EngineVersion);
            var run = Assert.Single(store.Runs);
            Assert.Equal(("woorden-1", AgendaFingerprint.Of(Agenda)), (run.Engine, run.Fingerprint));
            Assert.Equal(report.Documents, store.LoadLatestReport()!.Documents);
        }

        [Fact]
        public void Should_describe_a_document_from_its_metadata_or_else_from_its_file_and_text()
        {
            var described = new DocumentMetadata(Party: "Partij Alpha", Kind: "agreement", Election: "TK2025", Title: "Samen verder");
            ScanInput[] inputs = [Text("alpha.txt", "Woningen.", described), Text("verkiezingsprogramma-vvd-2025.txt", "Jeugdzorg.\fWoningen.")];

            var report = Scanner(new MemoryScanStore(), new PageTextReader(title: "  Vrijheid en verantwoordelijkheid  ")).Scan(Agenda, inputs);

            Assert.Equal(("Partij Alpha", "agreement", "Samen verder", "TK2025", 1), Describe(report.Documents[0]));
            Assert.Equal(("VVD", DocumentKinds.Programme, "Vrijheid en verantwoordelijkheid", (string?)null, 2), Describe(report.Documents[1]));
            Assert.Equal(DocumentInfo.IdFor(report.Documents[1].Sha256), report.Documents[1].Id);
        }

        [Fact]
        public void Should_report_reading_and_then_done_or_failed_for_every_input()
        {
            var seen = new ConcurrentQueue<ScanProgress>();

            Scanner(new MemoryScanStore()).Scan(Agenda, [Programmes[0], Input("leeg.txt", [])], new Recorder(seen));

            var stages = seen.GroupBy(p => p.Input).OrderBy(g => g.Key).Select(g => g.Select(p => p.Stage).ToList()).ToList();
            Assert.Equal([ScanStage.Reading, ScanStage.Matching, ScanStage.Done], stages[0]);
            Assert.Equal([ScanStage.Reading, ScanStage.Failed], stages[1]);
            Assert.Equal("2 pagina's", seen.Single(p => p.Stage == ScanStage.Done).Detail);
        }

        private static (string, string, string, string?, int) Describe(DocumentInfo d) => (d.Party, d.Kind, d.Title, d.Election, d.Pages);

        /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, so nothing arrives after the scan returns.</summary>
        private sealed class Recorder(ConcurrentQueue<ScanProgress> seen) : IProgress<ScanProgress>
        {
            public void Report(ScanProgress value) => seen.Enqueue(value);
        }
    }
}
