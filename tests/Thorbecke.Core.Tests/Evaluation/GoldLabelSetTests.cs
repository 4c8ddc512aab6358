using Thorbecke.Core.Evaluation;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Tests.Evaluation;

public class GoldLabelSetTests
{
    private const string Valid = """
        {"programme": "bij1", "party": "BIJ1",
         "labels": [
           {"ask": "weerbaarheid-01", "verdict": "oppose", "pages": [42, 6],
            "quotes": ["We werken niet mee", "We verlaten de NAVO"], "confidence": "low", "note": "Rejects NATO."},
           {"ask": "weerbaarheid-02", "verdict": "none", "pages": [], "quotes": [], "confidence": "high"}
         ]}
        """;

    [Fact]
    public void Should_read_every_field_of_a_label()
    {
        var set = GoldLabelSet.Parse(Valid);

        Assert.Equal("bij1", set.Programme);
        Assert.Equal("BIJ1", set.Party);
        Assert.Equal(2, set.Labels.Count);
        var first = set.Labels[0];
        Assert.Equal("weerbaarheid-01", first.Ask);
        Assert.Equal(Verdict.Oppose, first.Verdict);
        Assert.Equal([42, 6], first.Pages);
        Assert.Equal(["We werken niet mee", "We verlaten de NAVO"], first.Quotes);
        Assert.Equal(LabelConfidence.Low, first.Confidence);
        Assert.Equal("Rejects NATO.", first.Note);
        Assert.Null(set.Labels[1].Note);
        Assert.Equal(LabelConfidence.High, set.Labels[1].Confidence);
    }

    [Fact]
    public void Should_read_every_development_gold_file()
    {
        var files = Directory.GetFiles(SharedData.GoldDev, "*.json");

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var set = GoldLabelSet.Parse(File.ReadAllText(file));

            Assert.Equal(Path.GetFileNameWithoutExtension(file), set.Programme);
            Assert.Equal(76, set.Labels.Count);
        }
    }

    [Theory]
    [InlineData("{\"programme\": \"x\",", "geen geldige JSON (regel 1")]
    [InlineData("[]", "het bestand: moet een object met programme, party en labels zijn, maar is een lijst")]
    [InlineData("{\"party\": \"X\", \"labels\": []}", "programme: het veld ontbreekt")]
    [InlineData("{\"programme\": \"x\", \"party\": \"X\"}", "labels: het veld ontbreekt")]
    [InlineData("{\"programme\": \"x\", \"party\": \"X\", \"labels\": [{\"verdict\": \"none\"}]}", "labels[0].ask: het veld ontbreekt")]
    [InlineData("{\"programme\": \"x\", \"party\": \"X\", \"labels\": [{\"ask\": \"a\", \"verdict\": \"ja\"}]}", "labels[0].verdict: onbekend oordeel 'ja'")]
    [InlineData("{\"programme\": \"x\", \"party\": \"X\", \"labels\": [{\"ask\": \"a\", \"verdict\": \"support\", \"pages\": [3, 0]}]}", "labels[0].pages[1]: moet een paginanummer van 1 of hoger zijn, maar is het getal 0")]
    [InlineData("{\"programme\": \"x\", \"party\": \"X\", \"labels\": [{\"ask\": \"a\", \"verdict\": \"support\", \"quotes\": [5]}]}", "labels[0].quotes[0]: moet tekst zijn, maar is het getal 5")]
    [InlineData("{\"programme\": \"x\", \"party\": \"X\", \"labels\": [{\"ask\": \"a\", \"verdict\": \"none\", \"confidence\": \"medium\"}]}", "labels[0].confidence: onbekende waarde 'medium'")]
    [InlineData("{\"programme\": \"x\", \"party\": \"X\", \"labels\": [{\"ask\": \"a\", \"verdict\": \"none\"}, {\"ask\": \"a\", \"verdict\": \"support\"}]}", "labels[1].ask: ask 'a' heeft al een label")]
    public void Should_say_what_is_wrong_and_where(string json, string expected)
    {
        var error = Assert.Throws<GoldLabelFormatException>(() => GoldLabelSet.Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
