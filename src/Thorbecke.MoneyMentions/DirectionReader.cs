namespace Thorbecke.MoneyMentions;

/// <summary>
/// Reads whether an amount means more or less money for municipalities. A cut that the sentence undoes
/// ("we schaffen de opschalingskorting af", "we draaien de bezuiniging terug") is more money.
/// </summary>
internal static class DirectionReader
{
    private static readonly TermList ExtraWords = new([
        "extra", "erbij", "investe*", "geinvesteerd", "verhog*", "verhoging*", "ophog*", "compens*", "beschikbaar",
        "uittrekken", "uitgetrokken", "trekken", "trek", "vrijmaken", "vrijgemaakt", "toevoeg*", "toegevoegd",
        "herstel*", "meer geld", "aanvull*", "bijdrage*", "storten", "gestort", "er komt", "komt er", "krijgen", "krijgt", "ontvangen", "ontvangt",
    ]);

    private static readonly TermList CutWords = new([
        "bezuinig*", "*bezuiniging*", "bespar*", "bespaart", "korting*", "*korting", "korten", "kort", "gekort", "minder",
        "verlag*", "verlaagd", "ombuiging*", "inleveren", "afromen", "schrappen", "schrapt",
    ]);

    /// <summary>Words that take a cut away: afschaffen, schrappen, terugdraaien, ongedaan maken, voorkomen, geen.</summary>
    private static readonly TermList UndoWords = new([
        "afschaffen", "afgeschaft", "schaf*", "schrap*", "terugdraai*", "teruggedraaid", "draai*", "ongedaan",
        "voorkom*", "geen", "niet", "stoppen", "stop*", "compens*", "repareren", "repareer*", "herstel*",
    ]);

    /// <summary>Nouns and verbs that name a cut themselves, which an undo word turns into more money.</summary>
    private static readonly TermList CutNames = new(["*bezuiniging*", "*korting", "*kortingen", "bezuinig*", "korten"]);

    /// <summary>Words of a cut, which name what a sentence is about ("bezuinigingen op gemeenten"); words of more are too general.</summary>
    public static TermList CutVocabulary => CutWords;

    public static MoneyDirection Read(SentenceWords sentence, (int First, int Last) amount, int maxDistance, bool negativeAmount)
    {
        if (negativeAmount)
        {
            return MoneyDirection.Cut;
        }

        var cutNear = CueReader.Nearest(sentence, amount, maxDistance, [(true, CutNames)]) is not null;
        if (cutNear && UndoWords.AnyIn(sentence))
        {
            return MoneyDirection.Extra;
        }

        return CueReader.Nearest(sentence, amount, maxDistance, [(MoneyDirection.Cut, CutWords), (MoneyDirection.Extra, ExtraWords)])
            ?? MoneyDirection.Unknown;
    }
}
