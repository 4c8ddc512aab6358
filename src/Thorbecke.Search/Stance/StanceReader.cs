using System.Text.RegularExpressions;

namespace Thorbecke.Search.Stance;

/// <summary>
/// Reads the position of a Dutch policy sentence towards an ask from word cues: abolishing against keeping,
/// rejecting against committing, and negation that turns a cue around ("schaffen ... niet af"). Written for
/// Dutch political text in general, not for one document.
/// </summary>
public static partial class StanceReader
{
    /// <summary>
    /// What the ask wants done with its subject, read from its opening words, where Dutch asks put the
    /// imperative ("Schaf ... af", "Voorkom ...", "Handhaaf ..."); anything else establishes or strengthens.
    /// </summary>
    public static AskDirection DirectionOf(string askText)
    {
        var opening = string.Join(' ', askText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3));
        return KeepRequest().IsMatch(opening) ? AskDirection.Keep
            : AbolishRequest().IsMatch(opening) ? AskDirection.Abolish
            : AskDirection.Establish;
    }

    /// <summary>The author commits to something: a programme's own voice or a directive.</summary>
    public static bool HasOwnVoice(string sentence) => OwnVoice().IsMatch(sentence);

    /// <summary>
    /// The stance of <paramref name="sentence"/> towards an ask with <paramref name="direction"/>. With
    /// <paramref name="isTopicWord"/>, only the clauses that name the ask's topic are read, so in "we voeren de
    /// Spreidingswet goed uit, en beëindigen het gesol" the second clause says nothing about the Spreidingswet.
    /// </summary>
    public static Position Read(string sentence, AskDirection direction, Func<string, bool>? isTopicWord = null)
    {
        if (isTopicWord is not null)
        {
            var clauses = ClauseEnd().Split(sentence).Where(c => Words(c).Any(isTopicWord)).ToList();
            if (clauses.Count > 0 && clauses.Count < ClauseEnd().Split(sentence).Length)
            {
                return clauses.Select(c => Read(c, direction)).FirstOrDefault(p => p != Position.Neutral);
            }
        }

        var action = ActionOf(sentence);
        return (action, direction) switch
        {
            (SentenceAction.None, _) => Position.Neutral,
            (SentenceAction.Removes, AskDirection.Abolish) => Position.For,
            (SentenceAction.Removes, _) => Position.Against,
            (SentenceAction.Keeps, AskDirection.Abolish) => Position.Against,
            (SentenceAction.Keeps, _) => Position.For,
            (SentenceAction.Commits, AskDirection.Abolish) => Position.Neutral,
            (SentenceAction.Reduces, AskDirection.Abolish) => Position.Neutral,
            (SentenceAction.Reduces, _) => Position.Against,
            _ => Position.For,
        };
    }

    /// <summary>
    /// What the sentence does with its subject. Removing cues are read first because they are the most
    /// specific; a negation right at a cue turns it around.
    /// </summary>
    private static SentenceAction ActionOf(string sentence)
    {
        foreach (var (cue, action, negated) in new[]
        {
            (Removing(), SentenceAction.Removes, SentenceAction.Keeps),
            (Keeping(), SentenceAction.Keeps, SentenceAction.Removes),
            (Reducing(), SentenceAction.Reduces, SentenceAction.Keeps),
            (OwnVoice(), SentenceAction.Commits, SentenceAction.Removes),
        })
        {
            var match = cue.Match(sentence);
            if (match.Success)
            {
                return IsNegated(sentence, match) ? negated : action;
            }
        }

        return SentenceAction.None;
    }

    /// <summary>
    /// A negation counts when it stands just before the cue ("niet afschaffen") or within a few words after it
    /// in the same clause ("schaffen de korting niet af", "willen geen"), but not in a subordinate clause
    /// ("zorgen dat geen kind ...": the negation belongs to the goal, not to the commitment).
    /// </summary>
    private static bool IsNegated(string sentence, Match cue)
    {
        if (NegationBefore().IsMatch(sentence[..cue.Index]))
        {
            return true;
        }

        // "geen extra geld", "werken niet mee" are negative cues themselves; "schaffen de korting niet af" is negated.
        if (Negation().IsMatch(cue.Value))
        {
            return !NegativeCue().IsMatch(cue.Value);
        }

        var after = sentence[(cue.Index + cue.Length)..];
        var clause = ClauseEnd().Split(after, 2)[0];
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6);
        foreach (var word in words)
        {
            var bare = word.Trim(',', '.', ';', ':').ToLowerInvariant();
            if (bare is "dat" or "zodat" or "om" or "die" or "wat" or "waar" or "als" or "omdat" or "waardoor")
            {
                return false;
            }

            if (bare is "niet" or "geen" or "nooit")
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', '\n', '\t', '(', ')', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', ';', ':', '!', '?'));

    private enum SentenceAction
    {
        None,
        Removes,
        Keeps,
        Reduces,
        Commits,
    }

    [GeneratedRegex(@"\b((wij|we)\s+(zijn|staan|blijven)|zijn\s+(wij|we)|\bis)\s+(\w+\s+)?tegen\b|verzet(ten)?\s+(ons|zich)\s+tegen|\b(wijzen|wijst)\s+(\S+\s+){0,4}?af\b|afwijz\w*|werken\s+niet\s+mee|niet\s+mee\s+aan|afschaff\w*|afgeschaft|\b(schaffen|schaft)\s+(\S+\s+){0,8}?af\b|schrap\w*|geschrapt|stoppen\s+met|stopt\s+met|intrek\w*|ingetrokken|trekken\s+(\S+\s+){0,4}?in\b|\btrekt\s+(de|het|een|dit|deze|die|zijn|haar)\s+(\S+\s+){0,3}?in\b|beëindig\w*|afbouw\w*|\b(bouwen|bouwt)\s+(\S+\s+){0,4}?af\b|terugdraai\w*|teruggedraaid|draai\w*\s+(\S+\s+){0,5}?terug\b|geen\s+(recht\s+op|onnodige|verhoging|uitbreiding|rijksgeld)|geen\s+(extra|nieuwe?|aanvullende?|structurele?)\s+(\w+\s+)?(geld|budget|middelen|uitgaven|investeringen)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Removing();

    [GeneratedRegex(@"\b(handhaven|handhaaft|behouden|behoudt|blijft\s+bestaan|blijven\s+bestaan|blijft\s+ongewijzigd|blijven\s+ongewijzigd|laten\s+(\w+\s+)?staan|doorzetten|voortzetten|zetten\s+(\S+\s+){0,4}?voort\b|verdiepen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Keeping();

    [GeneratedRegex(@"\b(verlag\w*|verlaagd|verminder\w*|bezuinig\w*\s+op|korten\s+op|kort\w*\s+(\S+\s+){0,3}?op|minder\s+(geld|budget|middelen|subsidie)|inkrimp\w*|beperken\s+(\S+\s+){0,3}?(budget|uitgaven))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reducing();

    [GeneratedRegex(@"\b(we|wij)\s+(willen|gaan|zorgen|kiezen|zetten|investeren|maken|pleiten|steunen|komen|verhogen|verlagen|houden|blijven|geven|bouwen|versterken|vinden|stellen|voeren|nemen|regelen|brengen|breiden|verbeteren|verruimen|beperken|trekken)\b|\b(moet|moeten|dient|dienen)\b|\bkomt\s+er\b|\ber\s+komt\b|\ber\s+komen\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnVoice();

    [GeneratedRegex(@"\b(handhaaf|behoud|blijf)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeepRequest();

    [GeneratedRegex(@"\b(afschaffen|schaf|schrap|stop|stoppen|voorkom|beperk|verminder|bouw\s+\w+\s+af|geen|niet)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AbolishRequest();

    [GeneratedRegex(@"\b(niet|geen|nooit)\s+(\w+\s+){0,1}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegationBefore();

    [GeneratedRegex(@"\b(niet|geen|nooit)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    [GeneratedRegex(@"^geen\b|\bniet\s+mee\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegativeCue();

    [GeneratedRegex(@"[,;:]|\bmaar\b|\ben\s+(we|wij)\b")]
    private static partial Regex ClauseEnd();
}
