namespace Thorbecke.Search.Stance;

/// <summary>How a sentence stands towards an ask.</summary>
public enum Position
{
    /// <summary>The sentence mentions the subject but takes no position that the cues can read.</summary>
    Neutral,

    /// <summary>The sentence wants what the ask wants.</summary>
    For,

    /// <summary>The sentence wants the opposite of what the ask wants.</summary>
    Against,
}
