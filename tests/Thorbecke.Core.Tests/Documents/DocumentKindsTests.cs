using Thorbecke.Core.Documents;

namespace Thorbecke.Core.Tests.Documents;

public sealed class DocumentKindsTests
{
    [Theory]
    [InlineData("programme", "programme")]
    [InlineData("Verkiezingsprogramma", "programme")]
    [InlineData("akkoord", "agreement")]
    [InlineData("Regeerakkoord", "agreement")]
    [InlineData("agreement", "agreement")]
    [InlineData(" brief ", "letter")]
    [InlineData("overig", "other")]
    [InlineData("Voorjaarsnota", "budget")]
    [InlineData("meicirculaire", "circular")]
    [InlineData("regeerprogramma", "government-programme")]
    [InlineData("motie", "motion")]
    public void Should_read_a_kind_as_a_user_types_it(string typed, string expected)
    {
        Assert.True(DocumentKinds.TryParse(typed, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("manifest")]
    [InlineData("")]
    [InlineData(null)]
    public void Should_refuse_a_kind_it_does_not_know(string? typed)
    {
        Assert.False(DocumentKinds.TryParse(typed, out _));
    }

    [Theory]
    [InlineData("programme", "Verkiezingsprogramma")]
    [InlineData("agreement", "Coalitieakkoord of regeerakkoord")]
    [InlineData("manifest", "manifest")]
    public void Should_show_a_kind_in_Dutch(string kind, string label) =>
        Assert.Equal(label, DocumentKinds.Label(kind));
}
