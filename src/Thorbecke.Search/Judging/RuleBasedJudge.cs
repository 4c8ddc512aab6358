using System.Globalization;
using Thorbecke.Core.Verdicts;

using Thorbecke.Search.Matching;

namespace Thorbecke.Search.Judging;

/// <summary>
/// The first-version verdict from the measured features. Whether an ask is addressed follows the strength of
/// the best match relative to the ask's size, with a small allowance for longer documents (which cover more
/// topics); the direction follows stance cues in the quoted sentences. A small document is judged on coverage instead
/// (see <see cref="MatcherOptions.SmallDocumentPassages"/>).
/// </summary>
public sealed class RuleBasedJudge(MatcherOptions options) : IVerdictJudge
{
    /// <summary>Part of the engine version; rules-6 takes no side in sentences that never name the ask's subject.</summary>
    public string Version => "rules-6";

    public JudgedVerdict Judge(AskFeatures features, string bestPage)
    {
        var verdict = JudgeLexically(features, bestPage);
        return verdict.Verdict is Verdict.Support or Verdict.Oppose && !features.SubjectQuoted
            ? WithoutSubject(verdict, features, bestPage)
            : verdict;
    }

    /// <summary>
    /// A side taken in sentences that never name the ask's subject ("bezuinigingen" for "Schaf de opschalingskorting
    /// af") is about something else, so it becomes partial. Partial rather than none: measured on the development set,
    /// such passages are mostly about the ask's wider topic, and saying none lost more addressed cells than it won.
    /// </summary>
    internal static JudgedVerdict WithoutSubject(JudgedVerdict verdict, AskFeatures features, string bestPage) =>
        new(Verdict.Partial, Math.Min(verdict.Confidence, UnquotedSubjectConfidence),
            Rationales.SubjectNotQuoted(features.Subject, features.SubjectInDocument, bestPage, Percent(features.BestCoverage)));

    /// <summary>Without the subject in the quotes, the engine is unsure which verdict holds.</summary>
    private const double UnquotedSubjectConfidence = 0.6;

    private JudgedVerdict JudgeLexically(AskFeatures features, string bestPage)
    {
        if (features.TopBm25 <= 0)
        {
            return new JudgedVerdict(Verdict.None, 0.95, Rationales.NoPassage);
        }

        var addressed = features.NormalizedBm25 + (options.DocumentSizeAllowance * Math.Log(Math.Max(1, features.Passages)));
        var margin = addressed - options.AddressedThreshold;
        var found = Percent(features.BestCoverage);
        // A sentence that takes the opposite position on the ask's own topic is an answer, however short.
        if (features.Position == Stance.Position.Against)
        {
            return new JudgedVerdict(Verdict.Oppose, Confidence(Math.Abs(margin)) * 0.8, Rationales.Against(bestPage, found));
        }

        if (features.Passages < options.SmallDocumentPassages)
        {
            return JudgeSmall(features, bestPage, found);
        }

        if (margin < 0)
        {
            return new JudgedVerdict(Verdict.None, Confidence(-margin), Rationales.LooseWords(found));
        }

        var strength = features.NormalizedBm25 - options.SupportThreshold;
        if (strength >= 0)
        {
            return new JudgedVerdict(Verdict.Support, Confidence(strength), Rationales.Core(bestPage, found, features.OwnVoice));
        }

        return new JudgedVerdict(Verdict.Partial, Confidence(Math.Min(margin, -strength)), Rationales.Topic(bestPage, found));
    }

    private JudgedVerdict JudgeSmall(AskFeatures features, string bestPage, string found)
    {
        var partial = options.SmallDocumentPartialCoverage;
        // Coverage alone is a mention ("digitale weerbaarheid is belangrijk"); support needs a commitment or a cue for the ask.
        if (features.BestCoverage >= options.SmallDocumentSupportCoverage && (features.OwnVoice || features.Position == Stance.Position.For))
        {
            return new JudgedVerdict(Verdict.Support, Confidence(features.BestCoverage - options.SmallDocumentSupportCoverage), Rationales.Core(bestPage, found, features.OwnVoice));
        }

        return features.BestCoverage >= partial
            ? new JudgedVerdict(Verdict.Partial, Confidence(features.BestCoverage - partial), Rationales.Topic(bestPage, found))
            : new JudgedVerdict(Verdict.None, Confidence(partial - features.BestCoverage), Rationales.LooseWords(found));
    }

    /// <summary>Further from a decision boundary means surer; never certain in the first version.</summary>
    private static double Confidence(double distance) => Math.Round(0.45 + (0.45 * Math.Tanh(distance * 1.5)), 3);

    private static string Percent(double value) => value.ToString("P0", CultureInfo.GetCultureInfo("nl-NL"));
}
