using Thorbecke.Application.Engine;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Projects;
using Thorbecke.Core.Scanning;
using Thorbecke.Ingest;

namespace Thorbecke.Application.Projects;

/// <summary>
/// Scans documents into a project, for the CLI's <c>scan</c> and the web app's uploads alike: the project's engine
/// (<see cref="ProjectEngine"/>), every reader, the originals kept in the archive, and the settings saved for the
/// next scan of the project.
/// </summary>
/// <param name="project">The project's store.</param>
/// <param name="archive">Where the original files are kept.</param>
/// <param name="llmCache">Where a language model's answers are kept.</param>
public sealed class ProjectScan(IProjectStore project, IDocumentArchive archive, string llmCache)
{
    /// <summary>Scans <paramref name="inputs"/> against <paramref name="agenda"/> and returns the run with the reviews laid over it.</summary>
    public ScanReport Run(Agenda agenda, IReadOnlyList<ScanInput> inputs, EngineSettings settings,
        IProgress<ScanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var scanner = new Scanner(project, DocumentReaders.All, ProjectEngine.Build(project, settings, llmCache), new ScanOptions { Archive = archive });
        var report = scanner.Scan(agenda, inputs, progress, cancellationToken);
        settings.SaveTo(project);
        return report with { Reviews = project.CurrentReviews() };
    }

    /// <summary>
    /// The settings for a scan that joins the project (an upload): the saved ones. Null when the latest run was made by
    /// another engine and the project never saved its settings (it was scanned before they were kept, perhaps with a
    /// thesaurus): judging it again with the defaults would silently replace that run's verdicts.
    /// </summary>
    public EngineSettings? JoiningSettings()
    {
        if (EngineSettings.Saved(project) is { } saved)
        {
            return saved;
        }

        var defaults = new EngineSettings();
        var engine = project.LoadLatestReport()?.EngineVersion;
        return engine is null || engine == ProjectEngine.Lexical(defaults, null, []).EngineVersion ? defaults : null;
    }
}
