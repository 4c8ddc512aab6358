using Thorbecke.Text.Sentences;

namespace Thorbecke.Text.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Should_split_at_sentence_ends_but_not_at_abbreviations()
    {
        var sentences = SentenceSplitter.Sentences("Wij willen o.a. meer woningen. Ook de zorg! Wat vindt u? “Dat is goed.” Zeker.");

        Assert.Equal(["Wij willen o.a. meer woningen.", "Ook de zorg!", "Wat vindt u?", "“Dat is goed.”", "Zeker."], sentences);
    }

    [Fact]
    public void Should_cut_a_sentence_longer_than_the_limit_at_a_space()
    {
        var text = string.Join(' ', Enumerable.Repeat("woningbouw", 50));

        var pieces = SentenceSplitter.Split(text, 100);

        Assert.All(pieces, p => Assert.True(p.Length <= 100));
        Assert.Equal(text, string.Join(' ', pieces));
    }

    [Fact]
    public void Should_give_spans_that_also_start_where_a_line_opens_a_bullet()
    {
        const string text = "Wij willen o.a. meer woningen. Daarom bouwen we.\n• Eerste punt\n- Tweede punt";

        var sentences = SentenceSplitter.Spans(text).Select(s => text.Substring(s.Start, s.Length)).ToList();

        Assert.Equal(["Wij willen o.a. meer woningen.", "Daarom bouwen we.", "Eerste punt", "Tweede punt"], sentences);
    }
}
