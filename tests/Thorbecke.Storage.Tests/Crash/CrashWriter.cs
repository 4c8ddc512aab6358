using System.Diagnostics;
using System.Globalization;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Verdicts;
using Thorbecke.Storage.Tests.Contract;

namespace Thorbecke.Storage.Tests.Crash;

/// <summary>
/// A process that writes large documents and result sets to a store for as long as it lives, so a test
/// can kill it (SIGKILL) in the middle of a transaction.
/// </summary>
internal static class CrashWriter
{
    public const string Command = "crash-writer";

    // Big enough that one write takes far longer than delivering the kill.
    public const int Pages = 400;
    public const int PassagesPerPage = 25;
    public const int Asks = 2000;
    public const string Engine = "crash-1";

    /// <summary>An agenda far bigger than a real one, so that saving its results takes long enough to be killed in.</summary>
    public static Agenda Agenda { get; } = new("crash", "Crash", Enumerable.Range(0, Asks)
        .Select(i => new Ask(string.Create(CultureInfo.InvariantCulture, $"ask-{i:D4}"), "Thema", "Vraag"))
        .ToList());

    /// <summary>
    /// The child's loop; it only ends when it is killed. It announces each write before starting it
    /// ("document 3", "results 3"), so the test can kill it while that write's transaction is open.
    /// </summary>
    public static int Run(string path)
    {
        var store = new SqliteScanStore(path);
        var agenda = Agenda;
        var fingerprint = AgendaFingerprint.Of(agenda);
        for (var i = 0; ; i++)
        {
            var document = Document(i);
            var results = Results(agenda, document.Info.Id);
            Announce("document", i);
            store.SaveDocument(document);
            Announce("results", i);
            store.SaveResults(fingerprint, Engine, document.Info.Id, results);
        }
    }

    /// <summary>
    /// Starts the child on <paramref name="path"/> and kills it (SIGKILL) as soon as it announces
    /// <paramref name="stage"/> for the second time. Each write takes tens of milliseconds and the kill
    /// a few, so it nearly always lands inside that write's transaction.
    /// </summary>
    public static void KillDuring(string path, string stage)
    {
        using var child = Start(path);
        try
        {
            for (var seen = 0; seen < 2;)
            {
                var line = child.StandardOutput.ReadLine() ?? throw new InvalidOperationException("The crash writer stopped by itself.");
                if (line.StartsWith(stage + " ", StringComparison.Ordinal))
                {
                    seen++;
                }
            }
        }
        finally
        {
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }
    }

    private static void Announce(string stage, int number)
    {
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage} {number}"));
        Console.Out.Flush();
    }

    /// <summary>Starts the child on <paramref name="path"/> with the same runtime that runs the tests.</summary>
    private static Process Start(string path)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(CrashWriter).Assembly.Location);
        start.ArgumentList.Add(Command);
        start.ArgumentList.Add(path);
        return Process.Start(start) ?? throw new InvalidOperationException("The crash writer did not start.");
    }

    public static Document Document(int number)
    {
        var sha = Samples.Sha256Of($"crash-{number}");
        var pages = Enumerable.Range(1, Pages).Select(p => new Page(p, $"Pagina {p} van document {number}: gemeenten € {p},5 miljard.")).ToList();
        var passages = Enumerable.Range(0, Pages * PassagesPerPage)
            .Select(i => new Passage(i, (i / PassagesPerPage) + 1, $"Passage {i} over gemeenten en woningen.", ["Hoofdstuk", $"Paragraaf {i / PassagesPerPage}"]))
            .ToList();
        var info = new DocumentInfo(DocumentInfo.IdFor(sha), $"crash-{number}.pdf", sha, "Partij", "programme", $"Document {number}", null, Pages);
        return new Document(info, pages, passages);
    }

    public static IReadOnlyList<AskResult> Results(Agenda agenda, string documentId) =>
        agenda.Asks.Select(ask => new AskResult(
                ask.Id,
                documentId,
                Verdict.Support,
                0.75,
                Enumerable.Range(0, AskResult.MaxEvidence).Select(r => new Evidence(r + 1, $"Citaat {r} bij {ask.Id}", 10.0 - r)).ToList(),
                "Genoemd."))
            .ToList();
}
