namespace Thorbecke.Core.Evaluation;

/// <summary>How sure the reviewer was of a gold label; <see cref="Low"/> marks a judgment call.</summary>
public enum LabelConfidence
{
    High,
    Low,
}
