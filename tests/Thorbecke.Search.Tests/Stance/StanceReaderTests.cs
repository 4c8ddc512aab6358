using Thorbecke.Search.Stance;

namespace Thorbecke.Search.Tests.Stance;

public sealed class StanceReaderTests
{
    [Theory]
    [InlineData("Schaf de opschalingskorting af.", AskDirection.Abolish)]
    [InlineData("Voorkom nieuwe bezuinigingen op gemeenten.", AskDirection.Abolish)]
    [InlineData("Handhaaf en implementeer de Spreidingswet.", AskDirection.Keep)]
    [InlineData("Investeer in digitale weerbaarheid.", AskDirection.Establish)]
    [InlineData("Bouw extra capaciteit voor prioritaire voorzieningen – niet bezuinigen in crisistijd.", AskDirection.Establish)]
    public void Should_read_what_an_ask_wants_from_its_opening_words(string ask, AskDirection expected) =>
        Assert.Equal(expected, StanceReader.DirectionOf(ask));

    [Theory]
    [InlineData("Wij zijn tegen de nieuwe NAVO-norm.", AskDirection.Establish, Position.Against)]
    [InlineData("De SP is tegen de nieuwe NAVO-norm voor defensie-uitgaven.", AskDirection.Establish, Position.Against)]
    [InlineData("DENK verzet zich tegen de extra miljardenuitgaven.", AskDirection.Establish, Position.Against)]
    [InlineData("De eigen bijdrage schaffen we af.", AskDirection.Establish, Position.Against)]
    [InlineData("Intrekken van de spreidingswet.", AskDirection.Keep, Position.Against)]
    [InlineData("Geen recht op opvang na een definitieve afwijzing.", AskDirection.Keep, Position.Against)]
    [InlineData("Daarom komt er geen extra geld naar het gemeentefonds.", AskDirection.Establish, Position.Against)]
    [InlineData("Wij handhaven de opschalingskorting.", AskDirection.Abolish, Position.Against)]
    [InlineData("Wij schaffen de opschalingskorting af.", AskDirection.Abolish, Position.For)]
    [InlineData("Het kabinet schaft de opschalingskorting af.", AskDirection.Abolish, Position.For)]
    [InlineData("Het kabinet schaft de opschalingskorting niet af.", AskDirection.Abolish, Position.Against)]
    [InlineData("De coalitie trekt de Spreidingswet in.", AskDirection.Keep, Position.Against)]
    [InlineData("Het kabinet bouwt de specifieke uitkeringen af.", AskDirection.Establish, Position.Against)]
    [InlineData("In het onderwijs stemmen we de lessen beter af.", AskDirection.Establish, Position.Neutral)]
    [InlineData("De woningbouw hangt af van de stikstofruimte.", AskDirection.Establish, Position.Neutral)]
    [InlineData("De gemeente betrekt inwoners in elke fase.", AskDirection.Establish, Position.Neutral)]
    [InlineData("Het Rijk trekt ook in 2026 extra geld uit voor de jeugdzorg.", AskDirection.Establish, Position.Neutral)]
    [InlineData("Wij investeren structureel in de jeugdzorg.", AskDirection.Establish, Position.For)]
    [InlineData("Wij zorgen dat geen kind in armoede opgroeit.", AskDirection.Establish, Position.For)]
    [InlineData("Nederland moet weerbaar zijn tegen digitale aanvallen.", AskDirection.Establish, Position.For)]
    [InlineData("De jeugdzorg staat onder druk.", AskDirection.Establish, Position.Neutral)]
    public void Should_read_the_position_of_a_sentence(string sentence, AskDirection direction, Position expected) =>
        Assert.Equal(expected, StanceReader.Read(sentence, direction));

    public static TheoryData<string, string, AskDirection> StatementsAndNegations => new()
    {
        { "Wij schaffen {0} af.", "Wij schaffen {0} niet af.", AskDirection.Abolish },
        { "Wij willen {0} afschaffen.", "Wij willen {0} niet afschaffen.", AskDirection.Abolish },
        { "Wij investeren in {0}.", "Wij investeren niet in {0}.", AskDirection.Establish },
        { "Wij willen meer geld voor {0}.", "Wij willen geen extra geld voor {0}.", AskDirection.Establish },
        { "Wij handhaven {0}.", "Wij handhaven {0} niet.", AskDirection.Keep },
        { "Wij behouden {0}.", "Wij schrappen {0}.", AskDirection.Keep },
        { "Wij steunen {0}.", "Wij zijn tegen {0}.", AskDirection.Establish },
        { "Wij willen meer geld voor {0}.", "Wij bezuinigen op {0}.", AskDirection.Establish },
        { "Wij investeren in {0}.", "Wij verlagen het budget voor {0}.", AskDirection.Establish },
    };

    [Theory]
    [MemberData(nameof(StatementsAndNegations))]
    public void Should_give_a_statement_and_its_negation_opposite_positions(string statement, string negation, AskDirection direction)
    {
        foreach (var subject in new[] { "de opschalingskorting", "de Spreidingswet", "het gemeentefonds", "de jeugdzorg", "lokale sportvoorzieningen" })
        {
            var forIt = StanceReader.Read(string.Format(System.Globalization.CultureInfo.InvariantCulture, statement, subject), direction);
            var againstIt = StanceReader.Read(string.Format(System.Globalization.CultureInfo.InvariantCulture, negation, subject), direction);

            Assert.Equal(Position.For, forIt);
            Assert.Equal(Position.Against, againstIt);
        }
    }

    [Theory]
    [InlineData("Wij willen dat gemeenten meer geld krijgen.", true)]
    [InlineData("Er komt een nieuw fonds voor de jeugdzorg.", true)]
    [InlineData("Gemeenten moeten meer ruimte krijgen.", true)]
    [InlineData("De jeugdzorg staat onder druk.", false)]
    public void Should_recognise_the_partys_own_voice(string sentence, bool expected) =>
        Assert.Equal(expected, StanceReader.HasOwnVoice(sentence));
}
