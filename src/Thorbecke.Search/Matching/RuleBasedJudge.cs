using System.Globalization;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Search.Matching;

/// <summary>
/// The first-version verdict from the measured features. Whether an ask is addressed follows the strength of
/// the best match relative to the ask's size, with a small allowance for longer documents (which cover more
/// topics); the direction follows stance cues in the quoted sentences.
/// </summary>
internal sealed class RuleBasedJudge(MatcherOptions options)
{
    public (Verdict Verdict, double Confidence, string Rationale) Judge(AskFeatures f, int bestPage)
    {
        if (f.TopBm25 <= 0)
        {
            return (Verdict.None, 0.95, "Geen passage gevonden die woorden van deze vraag bevat.");
        }

        var addressed = f.NormalizedBm25 + (options.DocumentSizeAllowance * Math.Log(Math.Max(1, f.Passages)));
        var margin = addressed - options.AddressedThreshold;
        var found = Percent(f.BestCoverage);
        // A sentence that takes the opposite position on the ask's own topic is an answer, however short.
        if (f.Position == Stance.Position.Against)
        {
            return (Verdict.Oppose, Confidence(Math.Abs(margin)) * 0.8, $"Op p. {bestPage} wijst de tekst af wat de vraag vraagt (dekking {found}).");
        }

        if (margin < 0)
        {
            return (Verdict.None, Confidence(-margin), $"Alleen losse woorden van de vraag gevonden (dekking {found}); het onderwerp wordt niet behandeld.");
        }

        var strength = f.NormalizedBm25 - options.SupportThreshold;
        if (strength >= 0)
        {
            var voice = f.OwnVoice ? "als eigen voornemen" : "uitgesproken";
            return (Verdict.Support, Confidence(strength), $"De kern van de vraag wordt {voice} op p. {bestPage} (dekking {found}).");
        }

        return (Verdict.Partial, Confidence(Math.Min(margin, -strength)), $"Het onderwerp komt aan bod op p. {bestPage}, maar niet de hele vraag (dekking {found}).");
    }

    /// <summary>Further from a decision boundary means surer; never certain in the first version.</summary>
    private static double Confidence(double distance) => Math.Round(0.45 + (0.45 * Math.Tanh(distance * 1.5)), 3);

    private static string Percent(double value) => value.ToString("P0", CultureInfo.GetCultureInfo("nl-NL"));
}
