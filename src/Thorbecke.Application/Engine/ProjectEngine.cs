using Thorbecke.Core.Projects;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Verdicts;
using Thorbecke.Judging.Llm;
using Thorbecke.Search.Learning;
using Thorbecke.Search.Matching;

namespace Thorbecke.Application.Engine;

/// <summary>
/// The engine of a project, built in this one place for the CLI's scan, the web app's uploads and the re-judging after
/// a review: the matcher with the project's settings and the built-in model, learning also from the project's
/// reviews, and the language model on top when the settings name one. So an upload is judged with the same engine
/// as the run it joins, and with what its reviewers taught it.
/// </summary>
public static class ProjectEngine
{
    /// <summary>The environment variable with the language model's key, read where the engine is built.</summary>
    public const string LlmKeyVariable = "THORBECKE_LLM_KEY";

    /// <summary>The engine that judges the project's documents.</summary>
    /// <param name="store">The project: its latest scan and its reviews.</param>
    /// <param name="settings">The engine settings (see <see cref="EngineSettings.Of"/>).</param>
    /// <param name="llmCache">Where the language model's answers are kept, so a re-scan asks nothing twice.</param>
    public static IAskMatcher Build(IProjectStore store, EngineSettings settings, string llmCache)
    {
        IAskMatcher matcher = Lexical(settings, store.LoadLatestReport(), store.CurrentReviews());
        if (settings.Llm is not { } llm)
        {
            return matcher;
        }

        var chat = LlmClients.OpenAiCompatible(llm.Endpoint, llm.Model, Environment.GetEnvironmentVariable(LlmKeyVariable));
        return new LlmReviewMatcher(matcher, chat, new LlmJudgeOptions(llm.Model, llmCache));
    }

    /// <param name="settings">The engine settings; only the lexical ones count here.</param>
    /// <param name="latest">The project's latest scan: its agenda and the machine's evidence; null for a new project.</param>
    /// <param name="reviews">The latest review of each reviewed cell.</param>
    public static LexicalAskMatcher Lexical(EngineSettings settings, ScanReport? latest, IReadOnlyList<Review> reviews) =>
        new(settings.MatcherOptions, reviews: Examples(latest, reviews));

    /// <summary>
    /// The reviews as examples, for the asks of the latest scan's agenda. A review that confirmed the machine's verdict
    /// without picking quotes takes the machine's first quote, the one that carries the verdict. An override without
    /// quotes of its own, and a "niet genoemd", count for how reviewers judged the ask but lend no sentence: the
    /// machine's quotes were not what the reviewer saw the verdict in.
    /// </summary>
    public static ExampleSet Examples(ScanReport? latest, IReadOnlyList<Review> reviews)
    {
        if (latest is null || reviews.Count == 0)
        {
            return ExampleSet.Empty;
        }

        var names = latest.Documents.DistinctBy(d => d.Id).ToDictionary(
            d => d.Id,
            d => string.IsNullOrWhiteSpace(d.Party) ? Path.GetFileNameWithoutExtension(d.File) : d.Party,
            StringComparer.Ordinal);
        var withQuotes = ReviewedResult.ByCell(reviews).Values.Select(review => review.Evidence.Count > 0 || review.Verdict == Verdict.None || !review.Confirmed
            ? review
            : review with
            {
                Evidence = latest.Find(review.Ask, review.Document) is { } result
                    ? [.. result.Evidence.Take(1).Select(e => new ReviewEvidence(e.Page, e.Quote))]
                    : [],
            });
        var asks = latest.Agenda.Asks.ToDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal);
        return new ExampleSet(asks, ExampleSet.FromReviews(withQuotes, id => names.GetValueOrDefault(id, id)));
    }
}
