using Lucene.Net.Analysis;
using Thorbecke.Core.Documents;
using Thorbecke.Search.Analysis;
using Thorbecke.Text.Sentences;
using Thorbecke.Text.Words;

namespace Thorbecke.Search.Matching;

/// <summary>
/// A passage with its analysed terms, and those of its sentences once first needed. Analysis is the costly
/// step of matching, so each passage is analysed once per document, not once per ask.
/// </summary>
internal sealed class AnalyzedPassage(Passage passage, Analyzer analyzer)
{
    private List<AnalyzedSentence>? sentences;

    public Passage Passage { get; } = passage;

    public IReadOnlySet<string> Terms { get; } = DutchAnalysis.Terms(analyzer, SearchText.Normalize(passage.Text)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The terms of the headings above the passage: the topic it is written under.</summary>
    public IReadOnlySet<string> HeadingTerms { get; } = DutchAnalysis.Terms(analyzer, string.Join(" ", passage.HeadingPath)).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<AnalyzedSentence> Sentences => sentences ??= Analyze(SentenceSplitter.Spans(Passage.Text));

    private List<AnalyzedSentence> Analyze(IEnumerable<(int Start, int Length)> spans) =>
        spans.Select(span => new AnalyzedSentence(
                span.Start,
                span.Length,
                DutchAnalysis.Terms(analyzer, Passage.Text.Substring(span.Start, span.Length)).ToHashSet(StringComparer.Ordinal)))
            .ToList();
}

/// <summary>A sentence of a passage: its span in the passage text and its analysed terms.</summary>
internal sealed record AnalyzedSentence(int Start, int Length, IReadOnlySet<string> Terms);
