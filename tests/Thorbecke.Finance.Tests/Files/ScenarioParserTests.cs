using Thorbecke.Finance.Files.Scenarios;
using Thorbecke.Finance.Levers;
using Thorbecke.Finance.Normering;

namespace Thorbecke.Finance.Tests.Files;

public class ScenarioParserTests
{
    private const string Complete = """
        id: voorbeeld
        title: Voorbeeldprogramma
        normering: bbp
        years: {from: 2025, to: 2030}
        levers:
          - kind: opschalingskorting
            justification: afgeschaft in de Voorjaarsnota 2024
            active: false
            amounts: {2026: 675}
          - kind: extra
            label: Jeugdzorg
            justification: helft van de tekorten (Van Ark)
            structural: {from: 2026, amount: 728}
          - kind: eenmalig
            justification: demping ravijnjaar
            year: 2026
            amount: '€ 1,5 miljard'
          - kind: bezuiniging
            justification: efficiencykorting
            amounts: {2027: 500, 2028: 500}
          - kind: accres
            justification: accres 2026 bevroren
            rates: {2026: 0}
          - kind: zorgbudget
            justification: 1% van de Zvw naar gemeenten
            share: 1
            budget: {2027: 100000}
          - kind: kostenindexatie
            justification: indexatie op loon- en prijsontwikkeling zorg
            growth: {2027: 4.5}
          - kind: extra
            justification: gevonden in een programma, nog niet bevestigd
            confirmed: false
            source: {document: groenlinks-pvda.pdf, page: 12, quote: "1 miljard extra voor gemeenten"}
            amounts: {2027: 1000}
        """;

    [Fact]
    public void Should_read_every_lever_kind_with_its_amounts_in_euros()
    {
        var result = ScenarioParser.Parse(Complete);

        Assert.Empty(result.Problems);
        var scenario = result.Value!.Scenario;
        Assert.IsType<BbpSystematiek>(scenario.Normering);
        Assert.Equal((2025, 2030), (scenario.FromYear, scenario.ToYear));
        Assert.Equal(7, scenario.Levers.Count);
        Assert.Equal(728_000_000m, scenario.Levers[1].AmountFor(2030));
        Assert.Equal("Jeugdzorg", scenario.Levers[1].Label);
        Assert.Equal(1_500_000_000m, scenario.Levers[2].AmountFor(2026));
        Assert.Equal(-500_000_000m, scenario.Levers[3].AmountFor(2027));
        Assert.Equal(1_000_000_000m, scenario.Levers[5].AmountFor(2027));
        Assert.Equal(LeverKind.CostIndexation, scenario.Levers[6].Kind);
    }

    [Fact]
    public void Should_keep_unconfirmed_levers_out_of_the_computation_with_their_source()
    {
        var file = ScenarioParser.Parse(Complete).Value!;

        var unconfirmed = Assert.Single(file.Unconfirmed);
        Assert.DoesNotContain(unconfirmed, file.Scenario.Levers);
        Assert.Equal(12, file.Sources[unconfirmed].Page);
    }

    [Theory]
    [InlineData("kind: subsidie", "levers[1].kind", 6, "onbekende hefboom 'subsidie'")]
    [InlineData("kind: eenmalig\n    amount: 300", "levers[1].year", 5, "het jaar ontbreekt")]
    [InlineData("kind: extra\n    amounts: {2027: veel}", "levers[1].amounts.2027", 7, "'veel' is geen bedrag")]
    [InlineData("kind: extra\n    amounts: {2027: 900000}", "levers[1].amounts.2027", 7, "onaannemelijk")]
    [InlineData("kind: accres\n    rates: {2026: 250}", "levers[1].rates.2026", 7, "onaannemelijk")]
    [InlineData("kind: extra\n    amounts: {twintig: 5}", "levers[1].amounts.twintig", 7, "geen jaartal")]
    [InlineData("kind: extra\n    amounts: {2027: 5}\n    bedrag: 5", "levers[1].bedrag", 8, "onbekend veld")]
    [InlineData("kind: extra\n    amounts: {2027: '1,5'}", "levers[1].amounts.2027", 7, "geen bedrag")]
    [InlineData("kind: extra\n    amounts: {2027: 1.500}", "levers[1].amounts.2027", 7, "dubbelzinnig")]
    [InlineData("kind: extra\n    amounts: {2035: 5}", "levers[1].amounts", 7, "valt buiten de jaren")]
    [InlineData("kind: eenmalig\n    year: 2040\n    amount: 5", "levers[1].year", 7, "valt buiten de jaren")]
    [InlineData("kind: extra\n    structural: {from: 2028, to: 2026, amount: 5}", "levers[1].structural.to", 7, "ligt voor het beginjaar")]
    public void Should_name_the_field_and_line_of_a_bad_lever_and_compute_nothing(string lever, string field, int line, string message)
    {
        var text = $$"""
            id: fout
            normering: bbp
            years: {from: 2025, to: 2030}
            levers:
              - justification: test
                {{lever}}
            """;

        var result = ScenarioParser.Parse(text);

        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(field, problem.Field);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message);
    }

    [Theory]
    [InlineData("normering: bbp\nyears: {from: 2025}", "years.to", "het jaar ontbreekt")]
    [InlineData("normering: bbp", "years", "het veld ontbreekt")]
    [InlineData("normering: euro\nyears: {from: 2025, to: 2030}", "normering", "'euro' is onbekend")]
    [InlineData("normering: bbp\nyears: {from: 2030, to: 2025}", "years", "ligt voor het eerste jaar")]
    [InlineData("normering: trap-op-trap-af\ncombine: add\nyears: {from: 2025, to: 2030}", "combine", "laat 'combine' weg")]
    public void Should_name_missing_or_wrong_scenario_fields(string body, string field, string message)
    {
        var result = ScenarioParser.Parse($"id: fout\n{body}\n");

        Assert.Null(result.Value);
        Assert.Contains(result.Problems, p => p.Field == field && p.Message.Contains(message));
    }

    [Fact]
    public void Should_report_invalid_yaml_with_its_line()
    {
        var result = ScenarioParser.Parse("id: fout\nlevers: [\n  - kind: extra\n");

        Assert.Null(result.Value);
        Assert.True(Assert.Single(result.Problems).Line >= 2);
    }

    [Fact]
    public void Should_give_cost_indexation_the_combination_of_the_scenario()
    {
        var scenario = ScenarioParser.Parse("""
            id: optellen
            normering: bbp
            combine: add
            years: {from: 2025, to: 2030}
            levers:
              - kind: kostenindexatie
                justification: test
                growth: {2027: 5}
            """).Value!.Scenario;

        var lever = Assert.IsType<CostIndexationLever>(Assert.Single(scenario.Levers));

        Assert.Equal(PartsCombination.Added, lever.Combination);
    }
}
