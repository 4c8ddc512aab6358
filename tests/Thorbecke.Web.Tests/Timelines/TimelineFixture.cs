using Thorbecke.Application.Engine;
using Thorbecke.Application.Projects;
using Thorbecke.Core.Agendas;
using Thorbecke.Ingest.Corpus;
using Thorbecke.Storage;
using Thorbecke.Storage.Files;
using Thorbecke.Testing;
using Thorbecke.Testing.Timelines;

namespace Thorbecke.Web.Tests.Timelines;

/// <summary>
/// The app over the written formation of <see cref="TimelineCorpus"/> (two programmes, the agreement, a letter, the
/// Voorjaarsnota and an undated note), scanned from its folder with its corpus.json as <c>thorbecke scan</c> does,
/// with the real engine against the built-in VNG agenda.
/// </summary>
public sealed class TimelineFixture : WebFixture
{
    protected override bool StartsBrowser => false;

    protected override void Seed(SqliteScanStore store)
    {
        using var corpus = new TempFolder();
        var inputs = ScanInputs.FromPaths([TimelineCorpus.WriteTo(corpus.Path)]);
        Assert.Empty(inputs.Errors);
        var scan = new ProjectScan(store, DocumentArchive.BesideDatabase(store.FilePath), Path.Combine(Path.GetDirectoryName(store.FilePath)!, "thorbecke-llm-cache"));
        scan.Run(BuiltInAgendas.Find(BuiltInAgendas.Vng2025)!, inputs.Inputs, new EngineSettings());
    }

    /// <summary>The id of the document scanned from <paramref name="file"/>.</summary>
    public string DocumentId(string file) => Store.LoadLatestReport()!.Documents.Single(d => d.File == file).Id;
}

/// <summary>The timeline tests only read, so they share one app.</summary>
[CollectionDefinition(Name)]
public sealed class TimelineGroup : ICollectionFixture<TimelineFixture>
{
    public const string Name = "timeline";
}
