using Thorbecke.Reports.Memos;

namespace Thorbecke.Reports.Tests.Memos;

public sealed class MemoFileNameTests
{
    [Theory]
    [InlineData("Financiële uitgangspositie (formatie)", "md", "memo-financiele-uitgangspositie-formatie.md")]
    [InlineData("Energie & Klimaat", "docx", "memo-energie-klimaat.docx")]
    [InlineData("€€€", "docx", "memo-memo.docx")]
    public void Should_name_a_theme_memo_in_plain_ascii(string theme, string extension, string expected) =>
        Assert.Equal(expected, MemoFileName.ForTheme(theme, extension));

    [Fact]
    public void Should_name_an_ask_memo_after_the_ask() => Assert.Equal("memo-formatie-01.docx", MemoFileName.ForAsk("formatie-01", "docx"));
}
