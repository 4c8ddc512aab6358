namespace Thorbecke.Testing.Timelines;

/// <summary>
/// A small formation written for the timeline tests: two programmes, a coalition agreement, a Kamerbrief, a
/// Voorjaarsnota and an undated note, all about ask <see cref="Ask"/> (abolish the opschalingskorting). The agreement
/// adopts it, the letter keeps to it and the Voorjaarsnota only partly does, so its status ends at "deels" and the
/// commitment is weakened. corpus.json gives every date but the letter's, which the letter states itself.
/// </summary>
public static class TimelineCorpus
{
    /// <summary>The ask every document speaks to.</summary>
    public const string Ask = "formatie-01";

    public static readonly DateOnly AgreementDate = new(2026, 1, 20);
    public static readonly DateOnly LetterDate = new(2026, 3, 12);
    public static readonly DateOnly BudgetDate = new(2026, 4, 15);

    /// <summary>The sentence with which the agreement adopts the ask, verbatim.</summary>
    public const string AgreementQuote = "Wij schaffen de opschalingskorting op het gemeentefonds af.";

    /// <summary>The sentence with which the Voorjaarsnota weakens it, verbatim.</summary>
    public const string BudgetQuote = "Door tegenvallers op de rijksbegroting schaft het kabinet de opschalingskorting slechts gedeeltelijk af.";

    /// <summary>The files in date order, the undated note last; corpus.json is written beside them.</summary>
    public static IReadOnlyList<string> Files { get; } =
        ["programma-rood.md", "programma-blauw.md", "coalitieakkoord.md", "kamerbrief.md", "voorjaarsnota.md", "notitie.md"];

    /// <summary>Writes the documents and corpus.json into <paramref name="folder"/> and returns it.</summary>
    public static string WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in Texts)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }

        return folder;
    }

    /// <summary>The text of one file, for tests that upload it.</summary>
    public static string Text(string name) => Texts.Single(t => t.Name == name).Text;

    private static readonly (string Name, string Text)[] Texts =
    [
        ("programma-rood.md", """
        # Verkiezingsprogramma Partij Rood 2025

        ## Sterke gemeenten

        Gemeenten voeren steeds meer taken uit, maar krijgen daar te weinig geld voor. Wij schaffen de opschalingskorting op het gemeentefonds af, zodat gemeenten weer ruimte krijgen voor jeugdzorg en wijkteams. Het accres van het gemeentefonds herstellen wij vanaf 2026.

        ## Wonen

        Wij bouwen 100.000 woningen per jaar, waarvan een derde sociale huur.
        """),
        ("programma-blauw.md", """
        # Verkiezingsprogramma Partij Blauw 2025

        ## Een zuinige overheid

        Ook gemeenten moeten efficiënter werken. De opschalingskorting blijft gewoon bestaan: wij schaffen haar niet af, want schaalvergroting van gemeenten levert besparingen op.

        ## Veiligheid

        Wij zetten meer wijkagenten in.
        """),
        ("coalitieakkoord.md", """
        # Coalitieakkoord 2026-2030: Samen verder

        ## Gemeenten en provincies

        Wij schaffen de opschalingskorting op het gemeentefonds af. Het gemeentefonds krijgt daarmee vanaf 2026 structureel € 675 miljoen extra, zodat gemeenten weer financiële zekerheid hebben.

        ## Klimaat

        Wij versnellen de energietransitie in de wijken.
        """),
        ("kamerbrief.md", """
        # Kamerbrief over de financiële verhouding tussen Rijk en gemeenten

        Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

        Den Haag, 12 maart 2026

        ## Opschalingskorting

        Wij schaffen de opschalingskorting op het gemeentefonds af, zoals afgesproken in het coalitieakkoord. Gemeenten kunnen daarop rekenen bij het opstellen van hun begroting.
        """),
        ("voorjaarsnota.md", """
        # Voorjaarsnota 2026

        ## Gemeentefonds

        Door tegenvallers op de rijksbegroting schaft het kabinet de opschalingskorting slechts gedeeltelijk af. In 2026 wordt € 300 miljoen van de korting teruggedraaid; de rest van de opschalingskorting blijft voorlopig staan.
        """),
        ("notitie.md", """
        # Notitie over de gemeentefinanciën

        Gemeenten vragen al jaren om afschaffing van de opschalingskorting. Zonder extra geld komen zij in de problemen.
        """),
        ("corpus.json", """
        {
          "collection": "tijdlijn",
          "documents": [
            { "file": "programma-rood.md", "party": "Partij Rood", "kind": "programme", "date": "2025-09-01" },
            { "file": "programma-blauw.md", "party": "Partij Blauw", "kind": "programme", "date": "2025-09-15" },
            { "file": "coalitieakkoord.md", "party": "Kabinet", "kind": "agreement", "date": "2026-01-20", "title": "Coalitieakkoord 2026-2030" },
            { "file": "kamerbrief.md", "party": "Minister van BZK", "kind": "letter" },
            { "file": "voorjaarsnota.md", "party": "Minister van Financiën", "kind": "budget", "date": "2026-04-15", "title": "Voorjaarsnota 2026" },
            { "file": "notitie.md", "party": "Onderzoeksbureau", "kind": "other" }
          ]
        }
        """),
    ];
}
