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
    public string Version => "rules-3";

    public JudgedVerdict Judge(AskFeatures features, int bestPage)
    {
        if (features.TopBm25 <= 0)
        {
            return new JudgedVerdict(Verdict.None, 0.95, "Geen passage gevonden die woorden van deze vraag bevat.");
        }

        var addressed = features.NormalizedBm25 + (options.DocumentSizeAllowance * Math.Log(Math.Max(1, features.Passages)));
        var margin = addressed - options.AddressedThreshold;
        var found = Percent(features.BestCoverage);
        // A sentence that takes the opposite position on the ask's own topic is an answer, however short.
        if (features.Position == Stance.Position.Against)
        {
            return new JudgedVerdict(Verdict.Oppose, Confidence(Math.Abs(margin)) * 0.8, $"Op p. {bestPage} wijst de tekst af wat de vraag vraagt (dekking {found}).");
        }

        if (features.Passages < options.SmallDocumentPassages)
        {
            return JudgeSmall(features, bestPage, found);
        }

        if (margin < 0)
        {
            return new JudgedVerdict(Verdict.None, Confidence(-margin), $"Alleen losse woorden van de vraag gevonden (dekking {found}); het onderwerp wordt niet behandeld.");
        }

        var strength = features.NormalizedBm25 - options.SupportThreshold;
        if (strength >= 0)
        {
            var voice = features.OwnVoice ? "als eigen voornemen" : "uitgesproken";
            return new JudgedVerdict(Verdict.Support, Confidence(strength), $"De kern van de vraag wordt {voice} op p. {bestPage} (dekking {found}).");
        }

        return new JudgedVerdict(Verdict.Partial, Confidence(Math.Min(margin, -strength)), $"Het onderwerp komt aan bod op p. {bestPage}, maar niet de hele vraag (dekking {found}).");
    }

    private JudgedVerdict JudgeSmall(AskFeatures features, int bestPage, string found)
    {
        var partial = options.SmallDocumentPartialCoverage;
        // Coverage alone is a mention ("digitale weerbaarheid is belangrijk"); support needs a commitment or a cue for the ask.
        if (features.BestCoverage >= options.SmallDocumentSupportCoverage && (features.OwnVoice || features.Position == Stance.Position.For))
        {
            var voice = features.OwnVoice ? "als eigen voornemen" : "uitgesproken";
            return new JudgedVerdict(Verdict.Support, Confidence(features.BestCoverage - options.SmallDocumentSupportCoverage), $"De kern van de vraag wordt {voice} op p. {bestPage} (dekking {found}).");
        }

        return features.BestCoverage >= partial
            ? new JudgedVerdict(Verdict.Partial, Confidence(features.BestCoverage - partial), $"Het onderwerp komt aan bod op p. {bestPage}, maar niet de hele vraag (dekking {found}).")
            : new JudgedVerdict(Verdict.None, Confidence(partial - features.BestCoverage), $"Alleen losse woorden van de vraag gevonden (dekking {found}); het onderwerp wordt niet behandeld.");
    }

    /// <summary>Further from a decision boundary means surer; never certain in the first version.</summary>
    private static double Confidence(double distance) => Math.Round(0.45 + (0.45 * Math.Tanh(distance * 1.5)), 3);

    private static string Percent(double value) => value.ToString("P0", CultureInfo.GetCultureInfo("nl-NL"));
}
