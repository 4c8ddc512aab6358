namespace Thorbecke.Text.Finding;

/// <summary>How a requested passage was found on a page.</summary>
public enum PassageMatchKind
{
    /// <summary>The whole passage, letter for letter once case, accents, punctuation, whitespace and hyphenation are set aside.</summary>
    Verbatim,

    /// <summary>A stretch of the page that shares most of the passage's content words, in any order.</summary>
    Paraphrase,
}
