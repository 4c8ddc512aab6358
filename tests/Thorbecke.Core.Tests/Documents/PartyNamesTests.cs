using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;

namespace Thorbecke.Core.Tests.Documents;

public sealed class PartyNamesTests
{
    [Theory]
    [InlineData("verkiezingsprogramma-vvd-2025", "VVD")]
    [InlineData("Verkiezingsprogramma-VVD", "VVD")]
    [InlineData("bij1", "BIJ1")]
    [InlineData("groenlinks-pvda", "GroenLinks-PvdA")]
    [InlineData("groenlinks-pvda_2025", "GroenLinks-PvdA")]
    [InlineData("sp_verkiezingsprogramma", "SP")]
    [InlineData("christenunie-2025", "ChristenUnie")]
    [InlineData("concept-verkiezingsprogramma-d66-tk2025", "D66")]
    [InlineData("programma_tweede-kamer_cda_definitief", "CDA")]
    [InlineData("partij-voor-de-dieren-verkiezingsprogramma-2025", "Partij voor de Dieren")]
    [InlineData("ja21-programma", "JA21")]
    [InlineData("50plus_2025", "50PLUS")]
    [InlineData("partij-voor-de-gemeente", "Partij voor de Gemeente")]
    [InlineData("lokaal-belang-utrecht-2026", "Lokaal Belang Utrecht")]
    public void Should_name_the_party_without_generic_words_and_years(string stem, string expected) =>
        Assert.Equal(expected, PartyNames.FromFileName(stem));

    [Fact]
    public void Should_keep_a_name_that_is_only_generic_words_as_written()
    {
        Assert.Equal("verkiezingsprogramma-2025", PartyNames.FromFileName("verkiezingsprogramma-2025"));
    }

    [Fact]
    public void Should_be_what_the_scanner_uses_for_a_file_without_a_party()
    {
        Assert.Equal("VVD", Scanner.PartyFromFileName("verkiezingsprogramma-vvd-2025"));
    }
}
