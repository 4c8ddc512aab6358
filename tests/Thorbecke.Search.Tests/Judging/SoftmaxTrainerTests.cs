using Thorbecke.Search.Judging;

namespace Thorbecke.Search.Tests.Judging;

public sealed class SoftmaxTrainerTests
{
    private static readonly (double[] X, int Y)[] Separable =
    [
        ([0.0, 1.0], 0), ([0.2, 0.9], 0), ([0.1, 1.2], 0), ([0.3, 0.8], 0),
        ([1.0, 0.0], 1), ([0.9, 0.2], 1), ([1.2, 0.1], 1), ([0.8, 0.3], 1),
    ];

    [Fact]
    public void Should_learn_to_separate_two_clear_classes()
    {
        var model = SoftmaxTrainer.Fit(["a", "b"], ["x", "y"], Separable);

        Assert.True(model.Probabilities([0.1, 1.0])[0] > 0.8);
        Assert.True(model.Probabilities([1.0, 0.1])[1] > 0.8);
    }

    [Fact]
    public void Should_give_probabilities_that_sum_to_one()
    {
        var model = SoftmaxTrainer.Fit(["a", "b"], ["x", "y"], Separable);

        Assert.Equal(1.0, model.Probabilities([0.5, 0.5]).Sum(), 9);
    }

    [Fact]
    public void Should_learn_the_base_rate_when_the_features_say_nothing()
    {
        // Three in four right, whatever the feature: a calibrated model says 0.75.
        (double[] X, int Y)[] noise = [([1.0], 1), ([1.0], 1), ([1.0], 1), ([1.0], 0)];

        var model = SoftmaxTrainer.Fit(["wrong", "right"], ["x"], noise);

        Assert.Equal(0.75, model.Probabilities([1.0])[1], 2);
    }

    [Fact]
    public void Should_survive_a_round_trip_through_json_and_be_deterministic()
    {
        var model = SoftmaxTrainer.Fit(["a", "b"], ["x", "y"], Separable);
        var again = SoftmaxTrainer.Fit(["a", "b"], ["x", "y"], Separable);

        var parsed = SoftmaxModel.Parse(model.ToJson());

        Assert.Equal(model.ToJson(), again.ToJson());
        Assert.Equal(model.Probabilities([0.4, 0.6])[0], parsed.Probabilities([0.4, 0.6])[0], 5);
        Assert.Equal(model.Fingerprint, parsed.Fingerprint);
    }
}
