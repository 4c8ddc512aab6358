using Thorbecke.Finance.Files.Scenarios;
using Thorbecke.Finance.Levers;

namespace Thorbecke.Finance.Tests.Files;

public class DraftScenarioWriterTests
{
    [Fact]
    public void Should_write_a_draft_the_parser_reads_with_every_lever_unconfirmed_and_sourced()
    {
        var source = new LeverSource("programma.pdf", 12, "We trekken 'structureel' € 1 miljard\nuit voor gemeenten.");
        var candidates = new[]
        {
            new LeverCandidate("1 miljard voor gemeenten", "gevonden op p. 12", LeverKind.Extra, 1000m, 2026, null, source),
            new LeverCandidate("Eenmalig schoolgebouwen", "gevonden", LeverKind.OneOff, 250.5m, 2027, null, source),
            new LeverCandidate("Korting", "gevonden", LeverKind.Cut, 200m, 2026, 2028, source),
        };

        var file = ScenarioParser.Parse(DraftScenarioWriter.Write("concept", "Concept: 'programma'", 2025, 2030, candidates));

        Assert.Empty(file.Problems);
        Assert.Empty(file.Value!.Scenario.Levers);
        Assert.Equal(3, file.Value.Unconfirmed.Count);
        Assert.Equal(1_000_000_000m, file.Value.Unconfirmed[0].AmountFor(2030));
        Assert.Equal(250_500_000m, file.Value.Unconfirmed[1].AmountFor(2027));
        Assert.Equal(0m, file.Value.Unconfirmed[1].AmountFor(2028));
        Assert.Equal(-200_000_000m, file.Value.Unconfirmed[2].AmountFor(2028));
        Assert.Equal(0m, file.Value.Unconfirmed[2].AmountFor(2029));
        Assert.Equal(source with { Quote = "We trekken 'structureel' € 1 miljard uit voor gemeenten." }, file.Value.Sources[file.Value.Unconfirmed[0]]);
    }
}
