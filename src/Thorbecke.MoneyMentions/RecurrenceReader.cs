namespace Thorbecke.MoneyMentions;

/// <summary>Reads how often an amount recurs from the words nearest to it.</summary>
internal static class RecurrenceReader
{
    private static readonly string[] StructuralWords = ["structure*"];
    private static readonly string[] OneOffWords = ["eenmalig*", "incidente*", "eenmaal", "in een keer"];
    private static readonly string[] PerYearWords = ["per jaar", "jaarlijks*", "elk jaar", "ieder jaar", "elke jaar", "per begrotingsjaar", "op jaarbasis", "p/j"];

    // Structural before per-year: "structureel 500 miljoen per jaar" is a lasting change, which says more.
    private static readonly (Recurrence, TermList)[] Cues =
    [
        (Recurrence.Structural, new(StructuralWords)),
        (Recurrence.OneOff, new(OneOffWords)),
        (Recurrence.PerYear, new(PerYearWords)),
    ];

    /// <summary>Every cue: words that show a sentence is about a budget.</summary>
    public static TermList AllCues { get; } = new([.. StructuralWords, .. OneOffWords, .. PerYearWords]);

    public static Recurrence Read(SentenceWords sentence, (int First, int Last) amount, int maxDistance)
    {
        var nearest = CueReader.Nearest(sentence, amount, maxDistance, Cues) ?? Recurrence.Unknown;

        // "structureel ... per jaar" is a structural amount per year: the lasting change is what matters.
        return nearest == Recurrence.PerYear && CueReader.Nearest(sentence, amount, maxDistance, [Cues[0]]) is not null
            ? Recurrence.Structural
            : nearest;
    }
}
