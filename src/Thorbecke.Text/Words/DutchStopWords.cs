namespace Thorbecke.Text.Words;

/// <summary>
/// Dutch words that say nothing about a passage's content: Snowball's Dutch stop list plus the programme
/// language every party uses ("wij willen", "zorgen ervoor"). Folded (lower case, no accents).
/// </summary>
internal static class DutchStopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "aan", "al", "alle", "alles", "als", "altijd", "andere", "ben", "bij", "binnen", "daar", "daarbij", "daarmee",
        "daarom", "daarvoor", "dan", "dat", "de", "der", "deze", "die", "dit", "doch", "doen", "door", "dus", "echter",
        "een", "eens", "elk", "elke", "en", "er", "ervoor", "ge", "geen", "geweest", "haar", "had", "heb", "hebben",
        "heeft", "hem", "hen", "het", "hier", "hij", "hoe", "hun", "ieder", "iedere", "iemand", "iets", "ik", "in", "is",
        "ja", "je", "kan", "kon", "kunnen", "maar", "me", "meer", "men", "met", "mij", "mijn", "moet", "moeten", "na",
        "naar", "namelijk", "niet", "niets", "nog", "nu", "of", "om", "omdat", "ons", "onze", "ook", "op", "over",
        "per", "reeds", "s", "te", "ten", "ter", "tegen", "toch", "toen", "tot", "tussen", "u", "uit", "uw", "van",
        "veel", "via", "voor", "waar", "waarbij", "waarin", "want", "waren", "was", "wat", "we", "werd", "wezen",
        "wie", "wij", "wil", "willen", "worden", "wordt", "zal", "ze", "zelf", "zich", "zij", "zijn", "zo", "zoals",
        "zodat", "zonder", "zou", "zullen",
    };

    public static bool Contains(string folded) => Words.Contains(folded);
}
