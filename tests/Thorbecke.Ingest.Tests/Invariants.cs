using Thorbecke.Core.Documents;
using Thorbecke.Core.Text;

namespace Thorbecke.Ingest.Tests;

/// <summary>The promises every reader makes, checked the same way for every format.</summary>
internal static class Invariants
{
    public static void AssertHold(ExtractedText text)
    {
        Assert.Equal(Enumerable.Range(1, text.Pages.Count), text.Pages.Select(p => p.Number));
        Assert.Equal(Enumerable.Range(0, text.Passages.Count), text.Passages.Select(p => p.Index));
        foreach (var passage in text.Passages)
        {
            var page = Whitespace.Collapse(text.Pages[passage.Page - 1].Text);
            var quote = Whitespace.Collapse(passage.Text);
            Assert.True(quote.Length > 0, $"passage {passage.Index} is empty");
            Assert.True(page.Contains(quote, StringComparison.Ordinal), $"passage {passage.Index} is not verbatim on page {passage.Page}: {quote}");
        }
    }

    public static Passage PassageContaining(ExtractedText text, string fragment) =>
        text.Passages.SingleOrDefault(p => Whitespace.Collapse(p.Text).Contains(fragment, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"no single passage contains \"{fragment}\"; passages:\n" + string.Join("\n---\n", text.Passages.Select(p => p.Text)));
}
