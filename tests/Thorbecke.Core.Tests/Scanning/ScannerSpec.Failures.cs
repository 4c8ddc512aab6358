using Thorbecke.Core.Documents;
using Thorbecke.Core.Tests.Scanning.Fakes;

namespace Thorbecke.Core.Tests.Scanning;

public static partial class ScannerSpec
{
    /// <summary>A file that cannot be read or judged is an error with a Dutch reason; the other files are scanned as usual.</summary>
    public class A_file_that_fails
    {
        private readonly MemoryScanStore store = new();

        public static TheoryData<string, string> Reasons => new()
        {
            { "leeg", "het bestand is leeg (0 bytes)" },
            { "onbekend", "bestandstype .xyz wordt niet ondersteund; ondersteund zijn .txt" },
            { "zonder-extensie", "bestandstype onbekend (geen extensie); ondersteund zijn .txt" },
            { "witruimte", "het bestand bevat geen leesbare tekst" },
            { "io", "het bestand kan niet worden gelezen (schijf weg)" },
            { "toegang", "geen toegang tot het bestand" },
            { "corpus", "de inhoud wijkt af van corpus.json (sha256 " },
            { "lezer", "onverwachte fout bij het lezen (InvalidOperationException: Index buiten bereik.)" },
        };

        [Theory]
        [MemberData(nameof(Reasons))]
        public void Should_be_reported_with_its_reason_while_the_others_are_judged(string failure, string reason)
        {
            var bad = failure switch
            {
                "leeg" => Input("leeg.txt", []),
                "onbekend" => Text("programma.xyz", "Het gemeentefonds groeit mee."),
                "zonder-extensie" => Text("programma", "Het gemeentefonds groeit mee."),
                "witruimte" => Text("wit.txt", "  \f \n "),
                "io" => Failing("weg.txt", new IOException("schijf weg")),
                "toegang" => Failing("geheim.txt", new UnauthorizedAccessException()),
                "corpus" => Text("gewijzigd.txt", "Het gemeentefonds groeit mee.", new DocumentMetadata(Sha256: new string('a', 64))),
                _ => Text("kapot.txt", "Het gemeentefonds groeit mee."),
            };

            var report = Scanner(store, new PageTextReader(crashOn: "kapot.txt")).Scan(Agenda, [Programmes[0], bad, Programmes[1]]);

            var error = Assert.Single(report.Errors);
            Assert.Equal(bad.FileName, error.File);
            Assert.StartsWith(reason, error.Message, StringComparison.Ordinal);
            Assert.Equal(["alpha.txt", "beta.txt"], report.Documents.Select(d => d.File));
            Assert.Equal(2 * Agenda.Asks.Count, report.Results.Count);
            Assert.Equal(2, report.ExitCode);
        }

        [Fact]
        public void Should_leave_nothing_in_the_store_and_be_listed_with_the_run()
        {
            var report = Scanner(store, new PageTextReader(crashOn: "kapot.txt")).Scan(Agenda, [Text("kapot.txt", "Jeugdzorg."), Programmes[1]]);

            Assert.Equal(["beta.txt"], store.Documents.Select(d => d.Info.File));
            Assert.Equal(report.Errors, store.Runs.Single().Errors);
            Assert.Equal(report.Documents, store.Runs.Single().Documents);
        }

        [Fact]
        public void Should_be_read_again_on_the_next_scan()
        {
            Scanner(store, new PageTextReader(crashOn: "alpha.txt")).Scan(Agenda, Programmes);
            var reader = new PageTextReader();

            var report = Scanner(store, reader).Scan(Agenda, Programmes);

            Assert.Equal(["alpha.txt"], reader.ReadFiles);
            Assert.Empty(report.Errors);
            Assert.Equal(0, report.ExitCode);
        }

        [Fact]
        public void Should_end_the_scan_with_exit_code_1_when_every_file_fails()
        {
            var report = Scanner(store).Scan(Agenda, [Input("leeg.txt", []), Failing("weg.txt", new IOException("weg"))]);

            Assert.Empty(report.Documents);
            Assert.Equal(["leeg.txt", "weg.txt"], report.Errors.Select(e => e.File));
            Assert.Equal(1, report.ExitCode);
        }
    }
}
