using Thorbecke.Search.Matching;

namespace Thorbecke.Search.Tests.Matching;

public sealed class StanceCuesTests
{
    [Theory]
    [InlineData("Wij zijn tegen de nieuwe NAVO-norm.")]
    [InlineData("De eigen bijdrage schaffen we af.")]
    [InlineData("Intrekken van de spreidingswet.")]
    [InlineData("We werken niet mee aan de verhoging van de defensie-uitgaven.")]
    [InlineData("Geen recht op opvang na een definitieve afwijzing.")]
    public void Should_see_a_rejection(string sentence) => Assert.True(StanceCues.HasRejection(sentence));

    [Theory]
    [InlineData("Nederland moet weerbaar zijn tegen digitale aanvallen.")]
    [InlineData("Studenten betalen het wettelijk tarief, zodat zij tegen dezelfde kosten studeren.")]
    [InlineData("We investeren structureel in de jeugdzorg.")]
    public void Should_not_mistake_other_uses_of_tegen_for_rejection(string sentence) =>
        Assert.False(StanceCues.HasRejection(sentence));

    [Theory]
    [InlineData("Wij willen dat gemeenten meer geld krijgen.", true)]
    [InlineData("Er komt een nieuw fonds voor de jeugdzorg.", true)]
    [InlineData("Gemeenten moeten meer ruimte krijgen.", true)]
    [InlineData("De jeugdzorg staat onder druk.", false)]
    public void Should_recognise_the_partys_own_voice(string sentence, bool expected) =>
        Assert.Equal(expected, StanceCues.HasOwnVoice(sentence));

    [Theory]
    [InlineData("Schaf de opschalingskorting af.", true)]
    [InlineData("Voorkom nieuwe bezuinigingen op gemeenten.", true)]
    [InlineData("Investeer in digitale weerbaarheid.", false)]
    public void Should_know_when_an_ask_itself_asks_to_abolish(string ask, bool expected) =>
        Assert.Equal(expected, StanceCues.AsksToAbolish(ask));
}
