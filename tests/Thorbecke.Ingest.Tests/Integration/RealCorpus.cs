using System.Collections.Concurrent;
using System.Diagnostics;
using Thorbecke.Core.Documents;
using Thorbecke.Ingest.Pdf;
using Thorbecke.Testing;

namespace Thorbecke.Ingest.Tests.Integration;

/// <summary>The six tk2025 programmes, read once for all tests in the class (two at a time, like a scan).</summary>
public sealed class RealCorpus
{
    public RealCorpus()
    {
        Assert.True(Directory.Exists(RepoPaths.Corpus), $"corpus not found at {RepoPaths.Corpus}");
        var files = Directory.GetFiles(RepoPaths.Corpus, "*.pdf").Order(StringComparer.Ordinal).ToArray();
        var reader = new PdfDocumentReader();
        var texts = new ConcurrentDictionary<string, ExtractedText>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 2 }, file =>
            texts[Path.GetFileName(file)] = reader.Read(File.ReadAllBytes(file), Path.GetFileName(file)));
        Elapsed = watch.Elapsed;
        Texts = texts.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, ExtractedText> Texts { get; }

    public TimeSpan Elapsed { get; }

    /// <summary>pdftotext's text of every page (no -layout), split at its form feeds.</summary>
    public static IReadOnlyList<string> PdfToTextPages(string file)
    {
        var info = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", Path.Combine(RepoPaths.Corpus, file), "-"]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("pdftotext did not start (install poppler-utils)");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output.Split('\f');
    }
}
