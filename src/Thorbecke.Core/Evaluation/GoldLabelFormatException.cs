namespace Thorbecke.Core.Evaluation;

/// <summary>
/// A gold label file is not valid. <see cref="Exception.Message"/> says in Dutch what is wrong and where,
/// for example "labels[4].verdict: onbekend oordeel 'ja' (verwacht support, partial, none of oppose)".
/// </summary>
public sealed class GoldLabelFormatException : Exception
{
    public GoldLabelFormatException(string message)
        : base(message)
    {
    }

    public GoldLabelFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
