using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using Thorbecke.Text.Compounds;

namespace Thorbecke.Search.Analysis;

/// <summary>
/// The one Dutch analysis chain used for both passages and asks: tokenise, lower-case, fold diacritics
/// (ë and e match), drop stop words, and stem with the one Dutch stemmer (gemeenten and gemeente match).
/// </summary>
public static class DutchAnalysis
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Declared before StopWords: static fields initialise in text order.
    private static readonly string[] GenericWords =
    [
        "we", "wij", "ons", "onze", "zij", "ze", "hun", "dit", "deze", "daarom", "ook", "meer", "extra", "goed", "goede",
        "nieuwe", "nieuw", "alle", "elke", "ieder", "iedereen", "daarbij", "daarvoor", "waar", "zodat", "wel", "juist",
        "maak", "maken", "zorgt", "willen", "wil", "gaan", "gaat", "moet", "moeten", "kunnen", "kan",
        "komen", "komt", "nodig", "belangrijk", "land", "nederland", "mensen", "1", "2", "3", "a", "b", "c",
        // Particles of separable verbs ("schaf ... af", "voer ... in") carry no topic on their own.
        "af", "toe", "mee", "terug",
    ];

    private static readonly CharArraySet StopWords = BuildStopWords();

    /// <summary>
    /// A new analyzer; Lucene analyzers hold per-thread state, so each index gets its own. With a
    /// <paramref name="compounds"/> splitter, compounds also yield their known parts.
    /// </summary>
    public static Analyzer CreateAnalyzer(CompoundSplitter? compounds = null) => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        if (compounds is not null)
        {
            stream = new CompoundPartsFilter(stream, compounds);
        }

        stream = new StopFilter(Version, stream, StopWords);
        stream = new SnowballFilter(stream, Thorbecke.Text.Stemming.DutchStemmer.NewProgram());
        return new TokenStreamComponents(tokenizer, stream);
    });

    /// <summary>Lower-cased, diacritics-folded words of a text: the form compounds are split in.</summary>
    public static IEnumerable<string> FoldedWords(string text)
    {
        using var analyzer = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(Version, tokenizer)));
        });
        return Terms(analyzer, text);
    }

    /// <summary>The analysed terms of <paramref name="text"/>, in order.</summary>
    public static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private static CharArraySet BuildStopWords()
    {
        // Lucene's Dutch list plus words that occur in almost every ask or programme and carry no topic.
        var words = new CharArraySet(Version, DutchAnalyzer.DefaultStopSet, ignoreCase: true);
        foreach (var word in GenericWords)
        {
            words.Add(word);
        }

        return words;
    }
}
