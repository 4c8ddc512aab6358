using Thorbecke.Application.Evaluation;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Evaluation;
using Thorbecke.Core.Scanning;
using Thorbecke.Search.Judging;
using Thorbecke.Search.Learning;
using Thorbecke.Search.Matching;

namespace Thorbecke.Application.Training;

/// <summary>
/// <c>train</c>: learns the judge and the evidence ranker from reviewed labels of stored documents, and measures that
/// leave one document out: each document is judged by a model that learned only from the others.
/// </summary>
public static class LabelTraining
{
    /// <param name="agenda">The agenda the labels belong to.</param>
    /// <param name="labels">One label set per document.</param>
    /// <param name="catalog">The stored documents the labels speak of.</param>
    /// <param name="withCurve">Also measure the learning curve (minutes).</param>
    /// <exception cref="LabelledDocumentMissingException">A label set's document is not stored.</exception>
    public static TrainingOutcome Train(Agenda agenda, IReadOnlyList<GoldLabelSet> labels, IDocumentCatalog catalog, bool withCurve)
    {
        var stored = catalog.ListDocuments();
        var labelled = new List<(Document Document, GoldLabelSet Gold)>();
        foreach (var set in labels)
        {
            var info = stored.FirstOrDefault(d => LabelKeys.Matches(set, d));
            if (info is null || catalog.LoadDocument(info.Id) is not { } document)
            {
                throw new LabelledDocumentMissingException(set.Programme);
            }

            labelled.Add((document, set));
        }

        var options = new MatcherOptions();
        var (cases, examples) = ModelTraining.Collect(agenda, labelled, options);
        var report = new ScanReport(agenda, labelled.Select(l => l.Document.Info).ToList(), ModelTraining.CrossValidate(cases, examples, options), []);
        return new TrainingOutcome(
            report,
            QualityCheck.Evaluate(report, labels, catalog),
            withCurve ? LearningCurve.Measure(agenda, cases, examples, labels, options) : null,
            ModelTraining.Fit(cases, examples, _ => true, options)!,
            cases.Count,
            () => JudgeTraining.Fit(JudgeTraining.Collect(agenda, labelled, options), new RuleBasedJudge(options)).ToJson());
    }
}
