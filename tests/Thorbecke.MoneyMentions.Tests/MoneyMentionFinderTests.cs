using Thorbecke.Finance.Amounts;

namespace Thorbecke.MoneyMentions.Tests;

public sealed class MoneyMentionFinderTests
{
    public static TheoryData<string, string, string, string> MunicipalAmounts => new()
    {
        { "Wij trekken € 1 miljard extra uit voor gemeenten.", "€ 1 miljard", "gemeenten", "gemeenten" },
        { "Er gaat structureel 500 miljoen naar de jeugdzorg.", "€ 500 miljoen", "jeugdzorg", "jeugdzorg" },
        { "Wij reserveren 1,2 miljard per jaar voor schoolgebouwen.", "€ 1,2 miljard", "schoolgebouwen", "schoolgebouwen" },
        { "Wij schaffen de opschalingskorting af (€ 675 miljoen).", "€ 675 miljoen", "opschalingskorting", "opschalingskorting" },
        { "Het kabinet wil 200 miljoen bezuinigen op het gemeentefonds.", "€ 200 miljoen", "gemeentefonds", "gemeentefonds" },
        { "De algemene uitkering stijgt met € 350.000.000.", "€ 350 miljoen", "algemene uitkering", "algemene uitkering" },
        { "Voor de Wmo komt er een half jaar eerder € 2,5 mld beschikbaar.", "€ 2,5 miljard", "Wmo", "Wmo" },
        { "Wij investeren € 80 miljoen in gezonde en veilige schoolgebouwen.", "€ 80 miljoen", "schoolgebouwen", "schoolgebouwen" },
        { "Via de provincies en gemeenten gaat € 40 miljoen naar lokale sportclubs.", "€ 40 miljoen", "lokale sportclubs", "gemeenten" },
    };

    [Theory]
    [MemberData(nameof(MunicipalAmounts))]
    public void Should_find_an_amount_tied_to_municipalities(string sentence, string amount, string topic, string relevance)
    {
        var mention = MoneyDocuments.Single(sentence);

        Assert.Equal(EuroAmount.ParseDutch(amount), mention.Amount);
        Assert.Equal(topic, mention.Topic);
        Assert.Equal(relevance, mention.RelevanceTerm);
    }

    [Fact]
    public void Should_quote_the_sentence_verbatim_with_its_document_and_page()
    {
        const string page2 = "Gemeenten verdienen ruimte.\n\nDe gemeente-\nlijke taken groeien. Daarom storten wij € 1,5 miljard in het gemeente-\nfonds. Dat is nodig.";

        var mention = Assert.Single(MoneyDocuments.Find("Inleiding zonder bedragen.", page2));

        Assert.Equal("doc-42", mention.DocumentId);
        Assert.Equal(2, mention.Page);
        Assert.Equal(2, mention.PassageIndex);
        Assert.Equal("Daarom storten wij € 1,5 miljard in het gemeente-\nfonds.", mention.Quote);
        Assert.Contains(mention.Quote, MoneyDocuments.Of("Inleiding zonder bedragen.", page2).Pages[1].Text, StringComparison.Ordinal);
        Assert.Equal("€ 1,5 miljard", mention.AmountText);
        Assert.Equal("gemeentefonds", mention.Topic);
    }

    [Fact]
    public void Should_find_each_amount_of_a_sentence_with_its_own_topic()
    {
        var mentions = MoneyDocuments.Find("Wij geven € 300 miljoen aan de jeugdhulp en € 100 miljoen aan de bijstand.");

        Assert.Equal(["jeugdhulp", "bijstand"], mentions.Select(m => m.Topic));
        Assert.Equal([EuroAmount.Millions(300m), EuroAmount.Millions(100m)], mentions.Select(m => m.Amount));
    }

    [Theory]
    [InlineData("Gemeenten krijgen structureel € 400 miljoen.", Recurrence.Structural)]
    [InlineData("Gemeenten krijgen structureel € 400 miljoen per jaar.", Recurrence.Structural)]
    [InlineData("Gemeenten krijgen jaarlijks € 400 miljoen.", Recurrence.PerYear)]
    [InlineData("Gemeenten krijgen € 400 miljoen per jaar.", Recurrence.PerYear)]
    [InlineData("Gemeenten krijgen elk jaar € 400 miljoen.", Recurrence.PerYear)]
    [InlineData("Gemeenten krijgen eenmalig € 400 miljoen.", Recurrence.OneOff)]
    [InlineData("Gemeenten krijgen incidenteel € 400 miljoen.", Recurrence.OneOff)]
    [InlineData("Gemeenten krijgen € 400 miljoen.", Recurrence.Unknown)]
    public void Should_read_how_often_the_amount_recurs(string sentence, Recurrence expected) =>
        Assert.Equal(expected, MoneyDocuments.Single(sentence).Recurrence);

    [Fact]
    public void Should_read_the_recurrence_nearest_to_each_amount()
    {
        var mentions = MoneyDocuments.Find("Gemeenten krijgen eenmalig € 100 miljoen voor de Wmo en daarna structureel € 50 miljoen voor de jeugdzorg.");

        Assert.Equal([Recurrence.OneOff, Recurrence.Structural], mentions.Select(m => m.Recurrence));
    }

    [Theory]
    [InlineData("Vanaf 2026 krijgen gemeenten € 1 miljard extra.", 2026, null)]
    [InlineData("Gemeenten krijgen in 2027 € 1 miljard extra.", 2027, 2027)]
    [InlineData("Gemeenten krijgen in de periode 2026-2029 € 1 miljard extra.", 2026, 2029)]
    [InlineData("Gemeenten krijgen van 2026 tot en met 2030 € 1 miljard extra.", 2026, 2030)]
    [InlineData("Gemeenten krijgen tot en met 2030 € 1 miljard extra.", null, 2030)]
    [InlineData("Gemeenten krijgen vanaf 2026 tot en met 2028 jaarlijks € 1 miljard extra.", 2026, 2028)]
    [InlineData("Gemeenten krijgen met ingang van 1 januari 2027 € 1 miljard extra.", 2027, null)]
    [InlineData("Gemeenten krijgen € 1 miljard extra.", null, null)]
    public void Should_read_the_years_the_amount_applies_to(string sentence, int? from, int? to)
    {
        var mention = MoneyDocuments.Single(sentence);

        Assert.Equal(from, mention.FromYear);
        Assert.Equal(to, mention.ToYear);
    }

    [Theory]
    [InlineData("Wij investeren € 500 miljoen in de jeugdzorg.", MoneyDirection.Extra)]
    [InlineData("Er komt € 500 miljoen bij voor gemeenten.", MoneyDirection.Extra)]
    [InlineData("Gemeenten krijgen er € 500 miljoen erbij.", MoneyDirection.Extra)]
    [InlineData("Wij bezuinigen € 500 miljoen op het gemeentefonds.", MoneyDirection.Cut)]
    [InlineData("Gemeenten moeten € 500 miljoen besparen op de Wmo.", MoneyDirection.Cut)]
    [InlineData("Er komt een korting van € 500 miljoen op de algemene uitkering.", MoneyDirection.Cut)]
    [InlineData("Gemeenten krijgen € 500 miljoen minder voor de bijstand.", MoneyDirection.Cut)]
    [InlineData("Wij schaffen de opschalingskorting af, goed voor € 500 miljoen.", MoneyDirection.Extra)]
    [InlineData("Wij draaien de bezuiniging van € 500 miljoen op de jeugdzorg terug.", MoneyDirection.Extra)]
    [InlineData("Het gemeentefonds bedraagt € 40 miljard.", MoneyDirection.Unknown)]
    [InlineData("Het gemeentefonds gaat € -500 miljoen omlaag.", MoneyDirection.Cut)]
    public void Should_read_whether_municipalities_get_more_or_less(string sentence, MoneyDirection expected) =>
        Assert.Equal(expected, MoneyDocuments.Single(sentence).Direction);

    [Theory]
    [InlineData("Wij schaffen de opschalingskorting af (€ 675 miljoen).", new[] { "formatie-01" })]
    [InlineData("Het accres van het gemeentefonds herstellen wij met € 800 miljoen.", new[] { "formatie-02" })]
    [InlineData("Wij bezuinigen € 200 miljoen op gemeenten.", new[] { "formatie-06" })]
    [InlineData("Er komt structureel € 600 miljoen voor de jeugdzorg.", new[] { "financien-02" })]
    [InlineData("Gemeenten krijgen € 1 miljard via de algemene uitkering.", new[] { "formatie-05" })]
    [InlineData("Gemeenten krijgen € 1 miljard voor sportvelden.", new string[0])]
    [InlineData("Gemeenten krijgen structurele financiering voor de warmtetransitie: € 400 miljoen per jaar.", new string[0])]
    public void Should_link_the_financial_asks_the_sentence_is_about(string sentence, string[] asks) =>
        Assert.Equal(asks, MoneyDocuments.Single(sentence).LinkedAskIds);

    [Fact]
    public void Should_link_only_asks_whose_id_marks_them_financial() =>
        Assert.DoesNotContain("jeugd-01", MoneyDocuments.Single("Wij investeren structureel € 600 miljoen in de jeugdzorg.").LinkedAskIds);

    [Fact]
    public void Should_take_the_financial_asks_from_the_options()
    {
        var finder = new MoneyMentionFinder(new MoneyMentionOptions { FinancialAskPrefixes = ["jeugd-"] });

        var mention = Assert.Single(finder.Find(MoneyDocuments.Of("Wij investeren structureel € 600 miljoen in de jeugdzorg."), MoneyDocuments.Agenda));

        Assert.Equal(["jeugd-01"], mention.LinkedAskIds);
    }
}
