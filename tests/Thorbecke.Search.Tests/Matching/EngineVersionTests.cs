using Thorbecke.Search.Learning;
using Thorbecke.Search.Matching;

namespace Thorbecke.Search.Tests.Matching;

/// <summary>Stored results are reused only for the same engine version, so every setting and shipped model must change it.</summary>
public sealed class EngineVersionTests
{
    [Fact]
    public void Should_be_the_same_for_the_same_settings()
    {
        Assert.Equal(new LexicalAskMatcher().EngineVersion, new LexicalAskMatcher(new MatcherOptions()).EngineVersion);
    }

    [Fact]
    public void Should_change_when_any_setting_changes()
    {
        var versions = new HashSet<string>(StringComparer.Ordinal) { new LexicalAskMatcher().EngineVersion };
        foreach (var setting in typeof(MatcherOptions).GetProperties().Where(p => p.CanWrite))
        {
            var options = new MatcherOptions();
            setting.SetValue(options, setting.GetValue(options) switch
            {
                int number => number + 1,
                double number => number + 0.05,
                _ => "opschalingskorting: korting op het gemeentefonds",
            });

            Assert.True(versions.Add(new LexicalAskMatcher(options).EngineVersion), $"{setting.Name} does not change the engine version");
        }

        Assert.True(versions.Count > 10, "every setting of the matcher is covered");
    }

    [Fact]
    public void Should_change_with_the_learned_model()
    {
        var shipped = LearnedModel.BuiltIn!;
        var fewer = shipped with { Examples = new ExampleSet(shipped.Examples.AskTexts, shipped.Examples.Cells.Skip(1)) };

        Assert.NotEqual(new LexicalAskMatcher().EngineVersion, new LexicalAskMatcher(model: fewer).EngineVersion);
    }
}
