using Thorbecke.Core.Scanning;

namespace Thorbecke.Core.Tests.Scanning;

public sealed class PartyFromFileNameTests
{
    [Theory]
    [InlineData("bij1", "BIJ1")]
    [InlineData("groenlinks-pvda", "Groenlinks-PVDA")]
    [InlineData("sp_verkiezingsprogramma", "SP")]
    [InlineData("christenunie-2025", "Christenunie")]
    public void Should_guess_a_readable_party_name(string stem, string expected) =>
        Assert.Equal(expected, Scanner.PartyFromFileName(stem));
}
