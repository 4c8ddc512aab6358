using Thorbecke.Core.Documents;

namespace Thorbecke.Core.Tests.Documents;

/// <summary>A document that no description names gets the kind its title or first lines state.</summary>
public sealed class StatedKindTests
{
    [Theory]
    [InlineData("Coalitieakkoord 2026-2030", "", DocumentKinds.Agreement)]
    [InlineData("Voorjaarsnota 2026", "", DocumentKinds.Budget)]
    [InlineData("Meicirculaire gemeentefonds 2026", "", DocumentKinds.Circular)]
    [InlineData("regeerprogramma-2026", "", DocumentKinds.GovernmentProgramme)]
    [InlineData("brief", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDatum 12 maart 2026\nOnderwerp: Voorjaarsnota", DocumentKinds.Letter)]
    [InlineData("stuk", "Motie van het lid Jansen\nDe Kamer, gehoord de beraadslaging", DocumentKinds.Motion)]
    [InlineData("Verkiezingsprogramma VVD 2025", "", DocumentKinds.Programme)]
    [InlineData("nota", "Voorjaarsnota 2026\n\nHet gemeentefonds krijgt meer geld.", DocumentKinds.Budget)]
    [InlineData("Samen verder. Coalitieakkoord 2026", "", DocumentKinds.Agreement)]
    public void Should_read_the_kind_a_document_states(string title, string firstPage, string kind) =>
        Assert.Equal(kind, StatedKind.Find(title, [new Page(1, firstPage)]));

    [Theory]
    [InlineData("Reactie op het regeerakkoord", "")]
    [InlineData("000_8d6fb0", "VNG-directeur Leonard Geluk praat u bij.\nReactie op het regeerakkoord\nHet coalitieakkoord geeft ruimte voor een constructieve samenwerking.")]
    [InlineData("Wat betekent de Voorjaarsnota voor gemeenten?", "")]
    public void Should_not_take_a_text_about_a_document_for_that_document(string title, string firstPage) =>
        Assert.Null(StatedKind.Find(title, [new Page(1, firstPage)]));

    [Fact]
    public void Should_not_read_a_kind_from_further_down_a_programme()
    {
        var firstPage = "Samen sterker\n" + new string('x', 700) + "\nHet coalitieakkoord moet de opschalingskorting schrappen.";

        Assert.Null(StatedKind.Find("Samen sterker", [new Page(1, firstPage)]));
    }
}
