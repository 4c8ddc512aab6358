using Thorbecke.Core.Projects;
using Thorbecke.Core.Scanning;

namespace Thorbecke.Application.Engine;

/// <summary>
/// Judges one ask again in every document of the project whose cell nobody reviewed, with the project's reviews as
/// examples, after a reviewer taught the engine something about it. Only that ask's result of each document is
/// replaced, under the latest scan's agenda and engine, so the matrix shows it at once and a later upload reuses it.
/// Reviewed cells are never touched.
/// </summary>
public sealed class AskRejudger(IProjectStore project)
{
    /// <summary>Judges <paramref name="askId"/> again and returns how many cells got a new result.</summary>
    /// <remarks>
    /// The ask is judged with the project's settings. Nothing happens when the latest scan was judged by a language
    /// model, or by an engine whose version differs from this build's: its results cannot be mixed with this engine's.
    /// </remarks>
    public int Rejudge(string askId, CancellationToken cancellationToken = default)
    {
        var latest = project.LoadLatestReport();
        var settings = EngineSettings.Of(project);
        if (latest?.Agenda.FindAsk(askId) is null || latest.EngineVersion is not { } engine || settings.Llm is not null)
        {
            return 0;
        }

        var current = project.CurrentReviews();
        var matcher = ProjectEngine.Lexical(settings, latest, current);
        if (!string.Equals(engine, matcher.EngineVersion, StringComparison.Ordinal))
        {
            return 0;
        }

        var reviewed = current.Where(r => r.Ask == askId).Select(r => r.Document).ToHashSet(StringComparer.Ordinal);
        var fingerprint = AgendaFingerprint.Of(latest.Agenda);
        var rejudged = 0;
        foreach (var info in latest.Documents.Where(d => !reviewed.Contains(d.Id)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stored = project.FindResults(fingerprint, engine, info.Id);
            if (stored is null || !stored.Any(r => r.Ask == askId) || project.FindDocument(info.Sha256) is not { } document)
            {
                continue;
            }

            var fresh = matcher.Match(latest.Agenda, document, a => a.Id == askId).Single();
            // A review saved while the document was read wins: the machine leaves a reviewed cell as it was.
            if (project.ReviewHistory(askId, info.Id).Count > 0)
            {
                continue;
            }

            project.SaveResults(fingerprint, engine, info.Id, [.. stored.Select(r => r.Ask == askId ? fresh : r)]);
            rejudged++;
        }

        return rejudged;
    }
}
