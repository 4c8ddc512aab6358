using System.Globalization;
using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Judging;
using Thorbecke.Search.Matching;

namespace Thorbecke.Search.Learning;

/// <summary>
/// Decides the verdict itself from the lexical signals and what reviewed examples of the ask say, with weights learned
/// from reviews (<c>thorbecke train</c>). An ask nobody has reviewed yet is judged zero-shot by <paramref name="zeroShot"/>,
/// whose verdict the model also weighs where there are examples. So is a document far smaller than the programmes the
/// model learned from (a letter, a motion), and a side is never taken in sentences that do not name the ask's subject.
/// </summary>
public sealed class LearnedJudge(SoftmaxModel model, IVerdictJudge zeroShot, int smallDocumentPassages) : IVerdictJudge
{
    /// <summary>
    /// A side is taken only when the model prefers it clearly over the other side; otherwise the verdict is partial,
    /// because saying "steunt" where it may be "verzet zich" misleads more than saying too little.
    /// </summary>
    private const double SideMargin = 1.3;

    public static IReadOnlyList<string> Classes { get; } = [.. VerdictNames.All.Select(v => v.ToWire())];

    public static IReadOnlyList<string> FeatureNames { get; } =
    [
        .. FeatureVector.Names,
        "subject_quoted", "subject_in_document", "shown_for", "shown_against", "shown_first_score", "shown_mean_score",
        .. VerdictNames.All.Select(v => "zero_shot_" + v.ToWire()),
        .. VerdictNames.All.Take(3).Select(v => "similarity_" + v.ToWire()),
        .. VerdictNames.All.Select(v => "share_" + v.ToWire()),
        .. VerdictNames.All.Take(3).Select(v => "vote_" + v.ToWire()),
        "best_similarity", "mean_top_similarity", "theme_similarity", "log_reviews",
    ];

    /// <summary>The position of a verdict among <see cref="Classes"/>, as the model's probabilities are ordered.</summary>
    public static int ClassOf(Verdict verdict)
    {
        for (var k = 0; k < VerdictNames.All.Count; k++)
        {
            if (VerdictNames.All[k] == verdict)
            {
                return k;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(verdict));
    }

    public string Version => $"learned-{model.Fingerprint}+{zeroShot.Version}";

    public JudgedVerdict Judge(AskFeatures features, string bestPage)
    {
        var fallback = zeroShot.Judge(features, bestPage);
        if (features.Examples.Reviews == 0 || features.Passages < smallDocumentPassages)
        {
            return fallback;
        }

        var probabilities = model.Probabilities(Features(features, fallback.Verdict));
        var learned = Choose(probabilities, SpeaksToSubject(features));
        // An explicit side on the ask's own subject is an answer, whatever reviewers of other documents said.
        var verdict = features.ExplicitPosition switch
        {
            Stance.Position.Against => Verdict.Oppose,
            Stance.Position.For => Verdict.Support,
            _ => learned,
        };
        // The model's probability of a verdict it did not choose says nothing about it; the rules' calibration does.
        var confidence = verdict != learned && verdict == fallback.Verdict ? fallback.Confidence : probabilities[ClassOf(verdict)];
        if (verdict is Verdict.Support or Verdict.Oppose && !features.SubjectQuoted)
        {
            // Same rule and wording as the zero-shot judge: the quotes must be about the ask itself.
            return RuleBasedJudge.WithoutSubject(new JudgedVerdict(verdict, Math.Round(confidence, 3), ""), features, bestPage);
        }

        return new JudgedVerdict(verdict, Math.Round(confidence, 3), Rationale(verdict, features, bestPage) + SubjectCaveat(features));
    }

    public static double[] Features(AskFeatures features, Verdict zeroShot)
    {
        var examples = features.Examples;
        return
        [
            .. FeatureVector.Of(features),
            features.SubjectQuoted ? 1 : 0,
            features.SubjectInDocument ? 1 : 0,
            features.ShownPosition == Stance.Position.For ? 1 : 0,
            features.ShownPosition == Stance.Position.Against ? 1 : 0,
            features.ShownScore.First,
            features.ShownScore.MeanOfThree,
            .. VerdictNames.All.Select(v => v == zeroShot ? 1.0 : 0.0),
            .. examples.Similarity.Take(3),
            .. examples.Share,
            .. examples.Vote.Take(3),
            examples.BestSimilarity,
            examples.MeanTopSimilarity,
            examples.ThemeSimilarity,
            Math.Log(1 + examples.Reviews),
        ];
    }

    /// <summary>
    /// A quoted sentence names the ask's own subject and the passage holds most of the ask: whatever the examples say,
    /// the document addresses the ask, so "niet genoemd" would contradict the quote shown beside it.
    /// </summary>
    private static bool SpeaksToSubject(AskFeatures features) =>
        features.SubjectQuoted && features.Subject.Length > 0 && features.BestCoverage >= AddressedCoverage;

    private const double AddressedCoverage = 0.5;

    private static Verdict Choose(double[] probabilities, bool addressed)
    {
        var classes = VerdictNames.All;
        var best = Enumerable.Range(0, classes.Count).Where(k => !addressed || classes[k] != Verdict.None).MaxBy(k => probabilities[k]);
        var verdict = classes[best];
        var other = verdict switch
        {
            Verdict.Support => Verdict.Oppose,
            Verdict.Oppose => Verdict.Support,
            _ => verdict,
        };
        var otherProbability = probabilities[ClassOf(other)];
        return other != verdict && otherProbability * SideMargin > probabilities[best] ? Verdict.Partial : verdict;
    }

    private static string Rationale(Verdict verdict, AskFeatures features, string bestPage)
    {
        var examples = features.Examples;
        var learned = Learned(examples.Reviews);
        if (verdict == Verdict.None)
        {
            return Format($"Geen zin lijkt genoeg op wat in andere documenten als bewijs voor deze vraag is aangewezen (hoogste gelijkenis {Percent(examples.BestSimilarity)}); {learned}.");
        }

        var closest = examples.Closest is { } cell
            ? Format($" Een zin lijkt voor {Percent(examples.BestSimilarity)} op bewijs dat bij {cell.SourceName} als '{cell.Verdict.ToDutch()}' is beoordeeld.")
            : "";
        return verdict switch
        {
            Verdict.Support => Format($"De tekst spreekt zich op {bestPage} uit voor wat de vraag vraagt.{closest} Het oordeel is {learned}."),
            Verdict.Oppose => Format($"De tekst wijst op {bestPage} af wat de vraag vraagt.{closest} Het oordeel is {learned}."),
            _ => Format($"Op {bestPage} komt het onderwerp aan bod, maar niet alles wat de vraag vraagt.{closest} Het oordeel is {learned}."),
        };
    }

    /// <summary>When no quote names the ask's own subject, the reviewer should know before reading them.</summary>
    private static string SubjectCaveat(AskFeatures features) => features.SubjectQuoted || features.Subject.Length == 0 ? ""
        : features.SubjectInDocument ? Format($" De aangehaalde zinnen noemen het onderwerp van de vraag ({features.Subject}) niet.")
        : Format($" De tekst noemt het onderwerp van de vraag ({features.Subject}) nergens.");

    private static string Learned(int reviews) => "geleerd van " + Core.Text.Dutch.Count(reviews, "beoordeling", "beoordelingen");

    private static string Percent(double value) => value.ToString("P0", CultureInfo.GetCultureInfo("nl-NL"));

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
