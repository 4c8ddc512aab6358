using System.Text;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Tests.Scanning.Fakes;

namespace Thorbecke.Core.Tests.Scanning;

/// <summary>
/// The contract of <see cref="Scanner"/>, the main flow, with a store, reader and matcher written for the tests. What
/// the SQLite store adds (a scan killed half way, time and size limits, duplicate content, kept originals) is specified
/// in Thorbecke.Storage.Tests against a real file.
/// </summary>
public static partial class ScannerSpec
{
    private static readonly Agenda Agenda = new("spec", "Agenda voor de spec", [
        new Ask("fin-01", "Financiën", "Gemeentefonds laten meegroeien met de taken."),
        new Ask("won-01", "Wonen", "Woningen bouwen voor starters."),
        new Ask("zor-01", "Zorg", "Jeugdzorg betaalbaar maken."),
    ]);

    private static ScanInput Text(string file, string text, DocumentMetadata? metadata = null) =>
        Input(file, Encoding.UTF8.GetBytes(text), metadata);

    private static ScanInput Input(string file, byte[] content, DocumentMetadata? metadata = null) =>
        new(file, () => content, metadata ?? DocumentMetadata.Unknown, content.Length);

    private static ScanInput Failing(string file, Exception error) => new(file, () => throw error, DocumentMetadata.Unknown);

    private static Scanner Scanner(MemoryScanStore store, PageTextReader? reader = null, WordMatcher? matcher = null, ScanOptions? options = null) =>
        new(store, [reader ?? new PageTextReader()], matcher ?? new WordMatcher(), options ?? new ScanOptions { MaxParallelism = 2 });

    private static readonly ScanInput[] Programmes =
    [
        Text("alpha.txt", "Het gemeentefonds groeit mee.\fWij bouwen woningen voor starters."),
        Text("beta.txt", "Jeugdzorg wordt betaalbaar."),
        Text("gamma.txt", "Minder regels.\fLagere lasten.\fMeer woningen."),
    ];
}
