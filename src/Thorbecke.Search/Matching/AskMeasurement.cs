using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Search.Learning;

namespace Thorbecke.Search.Matching;

/// <summary>
/// Everything measured of one ask in one document before a verdict: the lexical features, the candidate passages and
/// the likeness to reviewed examples. Deciding from it is cheap, so training can decide the same measurement under
/// different models and with different examples left out.
/// </summary>
public sealed class AskMeasurement
{
    internal AskMeasurement(Ask ask, DocumentInfo document, AskFeatures lexical, IReadOnlyList<Candidate> candidates, AskExamples examples)
    {
        Ask = ask;
        Document = document;
        Lexical = lexical;
        Candidates = candidates;
        Examples = examples;
    }

    public Ask Ask { get; }

    public DocumentInfo Document { get; }

    /// <summary>The lexical features; <see cref="AskFeatures.SubjectQuoted"/> and the example signals follow from the evidence chosen.</summary>
    public AskFeatures Lexical { get; }

    /// <summary>Candidates in lexical order; passages found only for their likeness to examples come last.</summary>
    internal IReadOnlyList<Candidate> Candidates { get; }

    internal AskExamples Examples { get; }
}
