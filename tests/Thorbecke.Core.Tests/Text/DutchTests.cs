using Thorbecke.Core.Text;

namespace Thorbecke.Core.Tests.Text;

public sealed class DutchTests
{
    [Theory]
    [InlineData(0, "0 pagina's")]
    [InlineData(1, "1 pagina")]
    [InlineData(2, "2 pagina's")]
    [InlineData(1000, "1.000 pagina's")]
    public void Should_let_the_noun_agree_with_the_count(int count, string expected) =>
        Assert.Equal(expected, Dutch.Count(count, "pagina", "pagina's"));
}
