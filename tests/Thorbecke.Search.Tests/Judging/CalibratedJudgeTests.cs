using Thorbecke.Search.Judging;
using Thorbecke.Search.Matching;
using Thorbecke.Search.Stance;

namespace Thorbecke.Search.Tests.Judging;

public sealed class CalibratedJudgeTests
{
    private static readonly AskFeatures Strong = new(0.6, 0.7, 40, 2.5, 4, 3, 2, true, Position.For, 400);
    private static readonly AskFeatures Weak = new(0.1, 0.15, 5, 0.4, 0, 0, 0, false, Position.Neutral, 400);

    [Fact]
    public void Should_ship_a_calibration_that_keeps_the_rules_verdicts()
    {
        var rules = new RuleBasedJudge(new MatcherOptions());
        var calibration = CalibratedJudge.BuiltInCalibration;
        Assert.NotNull(calibration);
        var judge = new CalibratedJudge(rules, calibration);

        foreach (var features in new[] { Strong, Weak })
        {
            var calibrated = judge.Judge(features, "p. 12");
            Assert.Equal(rules.Judge(features, "p. 12").Verdict, calibrated.Verdict);
            Assert.InRange(calibrated.Confidence, 0, 1);
        }
    }

    [Fact]
    public void Should_be_the_default_judge_and_part_of_the_engine_version() =>
        Assert.Contains("+calibrated-", new LexicalAskMatcher().EngineVersion, StringComparison.Ordinal);
}
