namespace Thorbecke.MoneyMentions;

/// <summary>A word of a sentence: where it is, as written and in lower case without diacritics.</summary>
internal readonly record struct SentenceWord(int Index, int Start, int Length, string Text, string Folded)
{
    public int End => Start + Length;
}
