using Thorbecke.Core.Text;

namespace Thorbecke.Core.Tests.Text;

public sealed class WhitespaceTests
{
    [Fact]
    public void Should_collapse_whitespace_without_touching_hyphens()
    {
        Assert.Equal("gemeen- te", Whitespace.Collapse("gemeen-\n te"));
    }

    [Fact]
    public void Should_trim_and_turn_line_breaks_tabs_and_control_characters_into_single_spaces()
    {
        Assert.Equal("veel ruimte en lucht", Whitespace.Collapse("  veel\t\u0007ruimte\r\n\n en  lucht "));
    }
}
