using Lucene.Net.Tartarus.Snowball;

namespace Thorbecke.Text.Stemming;

/// <summary>
/// The one Dutch stemmer: Snowball's, which the matcher's analysis chain and the passage finder both use, so that
/// gemeenten and gemeente, or stoppen and stop, share a stem everywhere. Stems are keys, not words.
/// </summary>
public static class DutchStemmer
{
    // A Snowball program keeps the word it works on, so each thread stems with its own.
    [ThreadStatic]
    private static SnowballProgram? perThread;

    /// <summary>A new Snowball program for a Lucene token filter, which owns it.</summary>
    public static SnowballProgram NewProgram() => new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer();

    /// <summary>The stem of a folded word (lower case, no accents).</summary>
    public static string Stem(string word)
    {
        var program = perThread ??= NewProgram();
        program.SetCurrent(word);
        program.Stem();
        return program.Current;
    }
}
