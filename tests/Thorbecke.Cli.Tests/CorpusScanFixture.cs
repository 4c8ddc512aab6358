using System.Text.Json;
using Thorbecke.Testing;

namespace Thorbecke.Cli.Tests;

/// <summary>One uninterrupted scan of the six real programmes, shared by the tests that read its outcome.</summary>
public sealed class CorpusScanFixture : IDisposable
{
    private readonly TempFolder folder = new();

    public CorpusScanFixture()
    {
        Database = Path.Combine(folder.Path, "thorbecke.db");
        ResultsPath = Path.Combine(folder.Path, "r.json");
        ReportPath = Path.Combine(folder.Path, "rapport.html");
        CsvPath = Path.Combine(folder.Path, "r.csv");
        Run = CliProcess.Run(folder.Path, "scan", "--db", Database, "--out", ResultsPath, "--report", ReportPath, "--csv", CsvPath, RepoPaths.Corpus);
        Results = File.Exists(ResultsPath) ? JsonDocument.Parse(File.ReadAllText(ResultsPath)) : null;
    }

    public string Database { get; }

    public string ResultsPath { get; }

    public string ReportPath { get; }

    public string CsvPath { get; }

    internal CliResult Run { get; }

    public JsonDocument? Results { get; }

    public string WorkFolder => folder.Path;

    public void Dispose()
    {
        Results?.Dispose();
        folder.Dispose();
    }
}
