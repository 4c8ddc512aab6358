using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Judging;
using Thorbecke.Search.Learning;

namespace Thorbecke.Search.Matching;

/// <summary>
/// The default engine: BM25 retrieval over a Lucene index of the document's passages, re-ranked by how much of the
/// ask a passage covers and how much it resembles evidence reviewers chose elsewhere; the verdict comes from a judge
/// that learned from reviewed verdicts, or from rules for an ask nobody reviewed. Deterministic and offline.
/// </summary>
public sealed class LexicalAskMatcher : IAskMatcher
{
    private readonly MatcherOptions options;
    private readonly IVerdictJudge judge;
    private readonly LearnedModel? model;
    private readonly EvidenceRanker ranker;
    private readonly ExampleSet examples;

    /// <param name="options">Matching settings; the defaults are the measured ones.</param>
    /// <param name="judge">Turns features into verdicts; by default the learned judge of <paramref name="model"/>.</param>
    /// <param name="model">What was learned from reviews; by default the built-in model, unless a judge is given.</param>
    /// <param name="reviews">
    /// The project's own reviewed cells, added to the model's examples (replacing an example of the same cell). They
    /// are data like the documents, not a setting: they do not change <see cref="EngineVersion"/>, so results stay
    /// reusable while reviewers work and a re-judged cell is stored beside the others.
    /// </param>
    public LexicalAskMatcher(MatcherOptions? options = null, IVerdictJudge? judge = null, LearnedModel? model = null, ExampleSet? reviews = null)
    {
        this.options = options ?? new MatcherOptions();
        this.model = judge is null ? model ?? LearnedModel.BuiltIn : model;
        this.judge = judge ?? DefaultJudge(this.options, this.model);
        ranker = new EvidenceRanker(this.model?.Ranker);
        var learned = this.model?.Examples ?? ExampleSet.Empty;
        examples = reviews is null || reviews.Cells.Count == 0 ? learned : learned.With(reviews.AskTexts, reviews.Cells);
    }

    /// <summary>The rules with the shipped calibration of their confidence: the judge for asks without reviewed examples.</summary>
    public static IVerdictJudge ZeroShotJudge(MatcherOptions options)
    {
        var rules = new RuleBasedJudge(options);
        return CalibratedJudge.BuiltInCalibration is { } calibration ? new CalibratedJudge(rules, calibration) : rules;
    }

    public static IVerdictJudge DefaultJudge(MatcherOptions options, LearnedModel? model) =>
        model is null ? ZeroShotJudge(options) : new LearnedJudge(model.Judge, ZeroShotJudge(options), options.SmallDocumentPassages);

    /// <summary>
    /// The engine, its judge, its ranker and its examples, its settings and its thesaurus: stored results are reused only
    /// when all agree, so a changed threshold or a retrained model never passes off old verdicts as its own.
    /// </summary>
    public string EngineVersion => "lexical-6/" + judge.Version + "/" + ranker.Version
        + (model is null ? "" : "/examples-" + model.Fingerprint)
        + "/options-" + Fingerprint(System.Text.Json.JsonSerializer.Serialize(options with { ThesaurusText = null }))
        + "/thesaurus-" + Fingerprint(options.ThesaurusText ?? Thesaurus.PolicyThesaurus.BuiltInText);

    private static string Fingerprint(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..8];

    public IReadOnlyList<AskResult> Match(Agenda agenda, Document document) => Match(agenda, document, _ => true);

    /// <summary>
    /// The results of only the asks <paramref name="include"/> accepts, the same as in a full <see cref="Match(Agenda, Document)"/>
    /// of the agenda; re-judging one ask after a review costs a fraction of judging them all.
    /// </summary>
    public IReadOnlyList<AskResult> Match(Agenda agenda, Document document, Func<Ask, bool> include) =>
        new AskMeasurer(options, examples).Measure(agenda, document, include).Select(m => AskDecision.Decide(m, judge, ranker, _ => true)).ToList();

    /// <summary>What the engine measures of every ask in the document, before any verdict; for training and evaluation.</summary>
    public IReadOnlyList<AskMeasurement> Measure(Agenda agenda, Document document) =>
        Measure(options, examples, agenda, document);

    /// <summary>What the engine measures of every ask, against the given examples (the document's own left out).</summary>
    public static IReadOnlyList<AskMeasurement> Measure(MatcherOptions options, ExampleSet examples, Agenda agenda, Document document) =>
        new AskMeasurer(options, examples).Measure(agenda, document);
}
