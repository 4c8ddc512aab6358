using Thorbecke.Core.Evaluation;
using Thorbecke.Search.Matching;

namespace Thorbecke.Search.Learning;

/// <summary>One reviewed cell with what the engine measured for it: a training and test example.</summary>
public sealed record TrainingCase(AskMeasurement Measurement, GoldLabel Gold)
{
    /// <summary>The id of the document the cell belongs to.</summary>
    public string Document => Measurement.Document.Id;
}
