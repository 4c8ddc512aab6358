using System.Text;
using Thorbecke.Application.Projects;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;
using Thorbecke.Storage;
using Thorbecke.Storage.Homes;
using Thorbecke.Testing;
using Thorbecke.Testing.Documents;

namespace Thorbecke.Application.Tests;

/// <summary>A project in a real SQLite file in a temp folder, scanned from small text programmes written here.</summary>
internal sealed class ProjectBuilder : IDisposable
{
    private readonly TempFolder folder = new();

    public ProjectBuilder()
    {
        Home = new SqliteProjectHome(folder.File("project.db"));
    }

    public static Agenda Agenda { get; } = new("gemeenten", "Gemeenten",
    [
        new Ask("fin-1", "Financiën", "Schaf de opschalingskorting op het gemeentefonds af."),
        new Ask("zorg-1", "Zorg", "Geef gemeenten structureel geld voor de jeugdzorg."),
    ]);

    public SqliteProjectHome Home { get; }

    public SqliteScanStore Store => Home.Sqlite;

    public ProjectScan Scan => new(Store, Home.Originals, Home.LlmCache);

    /// <summary>A Markdown programme: <paramref name="statements"/> under one heading, then other chapters.</summary>
    public static ScanInput Programme(string party, params string[] statements)
    {
        var text = SimpleDocuments.Markdown($"Verkiezingsprogramma {party}", ("Gemeenten", statements), ("Overig", [.. OtherProgrammeChapters.Sentences]));
        var bytes = Encoding.UTF8.GetBytes(text);
        return new ScanInput($"{party.ToLowerInvariant()}.md", () => bytes, new DocumentMetadata(Party: party), bytes.Length);
    }

    public void Dispose()
    {
        Home.Dispose();
        folder.Dispose();
    }
}
