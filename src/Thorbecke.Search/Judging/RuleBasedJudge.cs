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
    /// <summary>Part of the engine version; rules-5 words every rationale as a full sentence that cites the printed page.</summary>
    public string Version => "rules-5";

    public JudgedVerdict Judge(AskFeatures features, string bestPage)
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
