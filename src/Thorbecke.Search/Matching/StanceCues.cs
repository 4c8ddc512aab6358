using System.Text.RegularExpressions;

namespace Thorbecke.Search.Matching;

/// <summary>
/// Word-level cues for how a sentence stands: the party's own voice ("we willen"), and rejection
/// ("tegen", "afschaffen", "intrekken"). Written for Dutch policy text in general, not for one file.
/// </summary>
public static partial class StanceCues
{
    /// <summary>The author commits to something: a programme's own voice or a directive.</summary>
    public static bool HasOwnVoice(string sentence) => OwnVoice().IsMatch(sentence);

    /// <summary>The sentence rejects, abolishes or withdraws something.</summary>
    public static bool HasRejection(string sentence) => Rejection().IsMatch(sentence);

    /// <summary>The sentence keeps something as it is ("handhaven", "behouden"): the opposite of an ask to abolish it.</summary>
    public static bool HasKeeping(string sentence) => Keeping().IsMatch(sentence);

    /// <summary>The ask itself asks to abolish or stop something, so a rejection in a programme agrees with it.</summary>
    public static bool AsksToAbolish(string askText) => AbolishRequest().IsMatch(askText);

    [GeneratedRegex(@"\b(we|wij)\s+(willen|gaan|zorgen|kiezen|zetten|investeren|maken|pleiten|steunen|komen|verhogen|verlagen|schaffen|stoppen|houden|blijven|geven|bouwen|versterken|vinden|trekken|stellen|voeren|nemen|regelen|brengen|breiden|verbeteren|verruimen|beperken)\b|\b(moet|moeten|dient|dienen)\b|\bkomt\s+er\b|\ber\s+komt\b|\b(wij|we)\s+\w+\s+(in|op|voor)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnVoice();

    [GeneratedRegex(@"\b(((wij|we)\s+(zijn|staan|blijven)|zijn\s+(wij|we)|\bis)\s+(\w+\s+)?tegen\b|verzet(ten)?\s+(ons|zich)|intrekken|ingetrokken|trekken\s+\w+\s+in\b|afschaffen|afgeschaft|schaffen\s+(\w+\s+){0,3}af\b|schrappen|geschrapt|stoppen\s+met|werken\s+niet\s+mee|niet\s+mee\s+aan|geen\s+(recht\s+op|onnodige|verhoging|uitbreiding)|geen\s+(extra|nieuwe?|aanvullende?|structurele?)\s+(\w+\s+)?(geld|budget|middelen|uitgaven|investeringen|rijksgeld)|geen\s+rijksgeld|wordt\s+beëindigd|beëindigen)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rejection();

    [GeneratedRegex(@"\b(handhaven|handhaaft|behouden|blijft\s+bestaan|blijven\s+(bestaan|ongewijzigd)|laten\s+staan|niet\s+afschaffen|verdiepen|doorzetten)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Keeping();

    [GeneratedRegex(@"\b(afschaffen|schaf\b|schrap|stop\b|stoppen|voorkom|geen\b|niet\b|beperk|verminder|afbouwen)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AbolishRequest();
}
