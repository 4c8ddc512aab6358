using System.Security.Cryptography;
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

    /// <summary>
    /// What a scan that adds <paramref name="files"/> to the project reads: every document of the project from its
    /// stored pages (their results reused), then the files, against the latest run's agenda (the built-in VNG agenda
    /// for a new project).
    /// </summary>
    /// <param name="files">The files to add, by name and content.</param>
    /// <param name="given">What the person adding them filled in (party, kind).</param>
    public JoiningScan Joining(IReadOnlyList<(string Name, byte[] Content)> files, DocumentMetadata given)
    {
        var latest = project.LoadLatestReport();
        var added = files.Select(f => (f.Name, f.Content, Sha256: Convert.ToHexStringLower(SHA256.HashData(f.Content)))).ToList();

        // A stored document that is added again is scanned as the new file (its new name and kind), never twice.
        var stored = (latest?.Documents ?? [])
            .Where(d => !added.Any(a => string.Equals(a.Sha256, d.Sha256, StringComparison.Ordinal)))
            .Select(ScanInput.Stored)
            .ToList();
        ScanInput[] inputs =
        [
            .. stored,
            .. added.Select(a => new ScanInput(a.Name, () => a.Content, MetadataFor(a.Sha256, given), a.Content.Length)),
        ];
        return new JoiningScan(latest?.Agenda ?? BuiltInAgendas.Find(BuiltInAgendas.Vng2025)!, inputs, stored.Count);
    }

    /// <summary>
    /// A file that is already stored keeps what is known of it, except what the person adding it filled in: adding a
    /// document again to keep its PDF must not rename its party to a guess from the file name.
    /// </summary>
    private DocumentMetadata MetadataFor(string sha256, DocumentMetadata given)
    {
        var known = project.ListDocuments().FirstOrDefault(d => string.Equals(d.Sha256, sha256, StringComparison.Ordinal));
        return known is null
            ? given
            : new DocumentMetadata(given.Party ?? known.Party, given.Kind ?? known.Kind, known.Election, known.Title, Date: given.Date ?? known.Date);
    }
}
