namespace Thorbecke.MoneyMentions;

/// <summary>
/// Reads what an amount is for: the words after the first "voor", "aan", "op", "in", "naar" or "bij" that
/// follows the amount ("500 miljoen voor de jeugdzorg": jeugdzorg). A municipal term a few words further in the
/// same phrase is the topic itself ("voor gezonde en duurzame schoolgebouwen": schoolgebouwen). Without such a
/// phrase the municipal term nearest the amount is the topic.
/// </summary>
internal static class TopicReader
{
    private const int MaxTopicWords = 3;

    /// <summary>How far into the phrase after the preposition a municipal term is looked for.</summary>
    private const int TermWindow = 6;

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "voor", "aan", "op", "in", "naar", "bij" };

    /// <summary>A copula after the amount makes the amount the subject ("€ 728 miljoen is een stap richting ..."); what follows is no topic.</summary>
    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "is", "zijn", "was", "waren", "blijft", "blijven", "lijkt" };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "onze", "ons", "hun", "alle", "deze", "dit", "die", "zijn", "haar", "elke", "iedere", "meer", "extra",
    };

    /// <summary>Words that end a topic: conjunctions, pronouns and verbs that start the next part of the sentence.</summary>
    private static readonly HashSet<string> Enders = new(StringComparer.Ordinal)
    {
        "en", "of", "om", "te", "die", "dat", "zodat", "waarmee", "waardoor", "door", "zoals", "omdat", "als", "want", "maar",
        "we", "wij", "ze", "zij", "is", "zijn", "wordt", "worden", "gaat", "gaan", "komt", "komen", "krijgen", "krijgt",
        "uit", "beschikbaar", "erbij", "bij", "vrij", "per", "vanaf", "tot", "in", "met", "tegen", "voor", "aan", "op",
    };

    /// <summary>Words about time, which say when rather than what for ("in de komende jaren").</summary>
    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "jaar", "jaren", "komende", "periode", "kabinetsperiode", "totaal", "begroting", "tijd", "termijn", "jaarbasis",
    };

    /// <param name="amountEnd">Where the amount's text ends; its own dot ("15 mln.") is no sentence break.</param>
    /// <param name="municipal">Where the sentence's municipal terms are.</param>
    /// <param name="fallback">The municipal term nearest the amount, as written.</param>
    public static string Read(SentenceWords sentence, (int First, int Last) amount, int amountEnd, int maxDistance,
        IReadOnlyList<(int First, int Last)> municipal, string fallback)
    {
        var words = sentence.Words;
        var limit = Math.Min(words.Count, amount.Last + 1 + maxDistance);
        for (var i = amount.Last + 1; i < limit && !sentence.BreakBefore(i, amountEnd) && !Copulas.Contains(words[i].Folded); i++)
        {
            if (Prepositions.Contains(words[i].Folded) && i + 1 < words.Count && !sentence.BreakBefore(i + 1))
            {
                var topic = MunicipalTermIn(sentence, i + 1, municipal) ?? PhraseAfter(sentence, i + 1);
                if (topic.Length > 0)
                {
                    return topic;
                }
            }
        }

        return fallback;
    }

    private static string? MunicipalTermIn(SentenceWords sentence, int start, IReadOnlyList<(int First, int Last)> municipal)
    {
        var end = start;
        // The phrase runs through "en" and "of" ("gezonde en duurzame schoolgebouwen") but not into the next part.
        while (end + 1 < sentence.Words.Count && end + 1 - start < TermWindow && !sentence.ClauseBreakBefore(end + 1)
            && !(Enders.Contains(sentence.Words[end + 1].Folded) && sentence.Words[end + 1].Folded is not ("en" or "of")))
        {
            end++;
        }

        foreach (var (first, last) in municipal)
        {
            if (first >= start && last <= end)
            {
                // The words after the term belong to it while the phrase goes on ("lokale sportclubs").
                var through = last;
                while (through < end && through + 1 - first < MaxTopicWords && !sentence.BreakBefore(through + 1)
                    && !Enders.Contains(sentence.Words[through + 1].Folded))
                {
                    through++;
                }

                return sentence.TextOf(first, through);
            }
        }

        return null;
    }

    private static string PhraseAfter(SentenceWords sentence, int start)
    {
        var words = sentence.Words;
        var i = start;
        while (i + 1 < words.Count && Determiners.Contains(words[i].Folded) && !sentence.BreakBefore(i + 1))
        {
            i++;
        }

        var taken = new List<SentenceWord>();
        for (; i < words.Count && taken.Count < MaxTopicWords; i++)
        {
            var word = words[i];
            if ((taken.Count > 0 && sentence.BreakBefore(i)) || Enders.Contains(word.Folded) || word.Folded.All(char.IsDigit))
            {
                break;
            }

            taken.Add(word);
        }

        // "van" may join a topic ("aanpak van armoede") but never end one.
        while (taken.Count > 0 && taken[^1].Folded is "van")
        {
            taken.RemoveAt(taken.Count - 1);
        }

        return taken.Count == 0 || taken.All(w => TimeWords.Contains(w.Folded))
            ? ""
            : sentence.TextOf(taken[0].Index, taken[^1].Index);
    }
}
