namespace Thorbecke.MoneyMentions.Tests;

public sealed class MoneyMentionRejectionTests
{
    [Theory]
    [InlineData("Wij geven € 2 miljard extra uit aan defensie, zodat de NAVO-norm wordt gehaald.")]
    [InlineData("De Nederlandse afdracht aan de Europese Unie stijgt met € 1 miljard.")]
    [InlineData("Wij investeren € 3 miljard in het spoor, ook in kleine gemeenten.")]
    [InlineData("De afdracht aan Europa stijgt met € 1 miljard, terwijl gemeenten moeten bezuinigen.")]
    public void Should_skip_amounts_for_national_domains_even_when_municipalities_are_named(string sentence) =>
        Assert.Empty(MoneyDocuments.Find(sentence));

    [Fact]
    public void Should_keep_the_municipal_amount_beside_a_national_one()
    {
        var mention = Assert.Single(MoneyDocuments.Find("Er gaat € 2 miljard naar defensie en € 1 miljard naar gemeenten."));

        Assert.Equal("gemeenten", mention.Topic);
    }

    [Theory]
    [InlineData("Wij trekken € 500 miljoen uit voor snellere treinen.")]
    [InlineData("De zorgpremie daalt met € 300 miljoen.")]
    public void Should_skip_amounts_in_sentences_without_a_municipal_word(string sentence) =>
        Assert.Empty(MoneyDocuments.Find(sentence));

    [Theory]
    [InlineData("Gemeenten mogen de OZB met 3% verhogen.")]
    [InlineData("Het gemeentefonds groeit met 2,5 procent per jaar.")]
    [InlineData("Vanaf 2026 krijgen gemeenten meer ruimte.")]
    [InlineData("Zie pagina 12 voor de plannen voor gemeenten.")]
    [InlineData("In 2030 hebben alle gemeenten 1000 nieuwe woningen gebouwd.")]
    public void Should_never_read_percentages_years_or_page_numbers_as_amounts(string sentence) =>
        Assert.Empty(MoneyDocuments.Find(sentence));

    [Theory]
    [InlineData("Gemeenten bouwen samen 1 miljoen sociale woningen.")]
    [InlineData("Ruim 2 miljoen inwoners van kleine gemeenten reizen per bus.")]
    [InlineData("Gemeenten ondersteunen de 4,5 miljoen mantelzorgers.")]
    [InlineData("Een miljoen mensen in onze gemeenten leeft in armoede.")]
    public void Should_not_read_counts_of_people_or_houses_as_money(string sentence) =>
        Assert.Empty(MoneyDocuments.Find(sentence));

    [Theory]
    [InlineData("Gemeenten geven iedere stagiair € 750 per maand.")]
    [InlineData("De bijstand gaat omhoog met € 50 per maand.")]
    [InlineData("Gemeenten betalen € 300.000 voor de pilot.")]
    public void Should_skip_amounts_below_a_million(string sentence) =>
        Assert.Empty(MoneyDocuments.Find(sentence));

    [Fact]
    public void Should_take_the_minimum_from_the_options()
    {
        var finder = new MoneyMentionFinder(new MoneyMentionOptions { MinimumEuros = 100_000m });

        var mention = Assert.Single(finder.Find(MoneyDocuments.Of("Gemeenten betalen € 300.000 voor de pilot."), MoneyDocuments.Agenda));

        Assert.Equal(300_000m, mention.Amount.Euros);
    }

    [Fact]
    public void Should_skip_a_municipal_word_far_from_the_amount()
    {
        var sentence = "Wij trekken € 500 miljoen uit voor betere fietspaden langs provinciale wegen, nieuwe bushaltes, " +
            "snellere verbindingen tussen de grote steden in de Randstad en het noorden, en ook voor meer ruimte voor de gemeenten.";

        Assert.Empty(MoneyDocuments.Find(sentence));
    }

    [Fact]
    public void Should_find_nothing_in_an_empty_document() => Assert.Empty(MoneyDocuments.Find(""));
}
