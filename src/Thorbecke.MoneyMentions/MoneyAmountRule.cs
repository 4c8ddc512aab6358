using System.Buffers;
using Thorbecke.Finance.Amounts;

namespace Thorbecke.MoneyMentions;

/// <summary>
/// Decides which numbers in a sentence are money. An amount with a currency counts from the minimum up. A
/// "miljoen" or "miljard" without one counts only when no noun follows it, because programmes count people and
/// houses the same way ("1 miljoen woningen", "4,5 miljoen mantelzorgers"), and only in a sentence about money.
/// Plain numbers (years, page numbers, percentages) never count.
/// </summary>
internal static class MoneyAmountRule
{
    /// <summary>Punctuation, dashes included, that ends what an amount counts.</summary>
    private static readonly SearchValues<char> Breaks = SearchValues.Create(".,;:()!?–-");

    /// <summary>Words that may follow a bare "500 miljoen" that is money: prepositions, adverbs, verbs.</summary>
    private static readonly HashSet<string> MoneyFollowers = new(StringComparer.Ordinal)
    {
        "voor", "op", "aan", "uit", "in", "naar", "bij", "per", "erbij", "beschikbaar", "vrij", "om", "te", "is", "was",
        "zijn", "wordt", "worden", "gaat", "gaan", "kost", "kosten", "tot", "en", "of", "minder", "ten", "richting",
        "bezuinigen", "bezuinigd", "besparen", "bespaard", "investeren", "geinvesteerd", "uitgetrokken", "opgehaald",
        "opleveren", "oplevert", "oplopend", "oplopen", "mee", "terug", "bovenop", "waarvan", "daarvan", "euro",
        "investeringen", "investeringsruimte", "subsidie", "steun",
    };

    /// <summary>Words between an amount and what follows it that say nothing about what is counted.</summary>
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "extra", "structureel", "jaarlijks", "eenmalig", "incidenteel", "netto", "bruto", "meer",
    };

    /// <summary>Words that show a sentence is about money.</summary>
    public static TermList MoneyWords { get; } = new([
        "euro*", "geld*", "*budget*", "bezuinig*", "*bezuiniging*", "investe*", "geinvesteerd", "kost*", "middelen",
        "*fonds", "korting*", "*korting", "*kortingen", "uitkering*", "bijdrage*", "beschikbaar", "financier*", "compens*",
        "begroting*", "uittrekken", "uitgetrokken", "subsidie*", "bespar*", "uitgaven", "accres", "*miljard*", "*miljoen*",
        "extra", "erbij", "reserve*", "gereserveerd",
    ]);

    private static readonly HashSet<string> LargeScales = new(StringComparer.OrdinalIgnoreCase)
    {
        "miljoen", "mln", "mln.", "mio", "mio.", "miljard", "mld", "mld.", "mrd", "mrd.", "biljoen",
    };

    public static bool IsMoney(EuroAmountMatch match, SentenceWords sentence, (int First, int Last) range, decimal minimumEuros)
    {
        if (Math.Abs(match.Amount.Euros) < minimumEuros || FollowedByPercent(sentence.Text, match.End))
        {
            return false;
        }

        if (match.HasCurrency)
        {
            return true;
        }

        return match.ScaleWord is { } scale && LargeScales.Contains(scale)
            && NothingCountedAfter(sentence, range, match.End)
            && SentenceIsAboutMoney(sentence, range);
    }

    private static bool FollowedByPercent(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart();
        return rest.StartsWith("%") || rest.StartsWith("procent", StringComparison.OrdinalIgnoreCase);
    }

    private static bool NothingCountedAfter(SentenceWords sentence, (int First, int Last) range, int amountEnd)
    {
        for (var i = range.Last + 1; i < sentence.Words.Count; i++)
        {
            var word = sentence.Words[i];
            if (sentence.GapBefore(i, amountEnd).IndexOfAny(Breaks) >= 0)
            {
                return true;
            }

            if (!Modifiers.Contains(word.Folded))
            {
                return MoneyFollowers.Contains(word.Folded);
            }
        }

        return true;
    }

    /// <summary>A word about money anywhere in the sentence other than the amount itself.</summary>
    private static bool SentenceIsAboutMoney(SentenceWords sentence, (int First, int Last) range) =>
        MoneyWords.Occurrences(sentence).Concat(RecurrenceReader.AllCues.Occurrences(sentence)).Any(o => o.Last < range.First || o.First > range.Last);
}
