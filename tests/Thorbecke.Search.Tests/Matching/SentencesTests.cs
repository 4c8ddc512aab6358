using Thorbecke.Search.Matching;

namespace Thorbecke.Search.Tests.Matching;

public sealed class SentencesTests
{
    [Fact]
    public void Should_split_on_sentence_ends_and_bullets_but_not_on_abbreviations()
    {
        const string text = "Wij willen o.a. meer woningen. Daarom bouwen we.\n• Eerste punt\n• Tweede punt";

        var sentences = Sentences.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToList();

        Assert.Equal(["Wij willen o.a. meer woningen.", "Daarom bouwen we.", "Eerste punt", "Tweede punt"], sentences);
    }
}
