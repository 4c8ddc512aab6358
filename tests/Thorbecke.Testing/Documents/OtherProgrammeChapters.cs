namespace Thorbecke.Testing.Documents;

/// <summary>
/// Chapters of a programme about other things than the asks under test, one sentence each: put beside a test's own
/// statements, they give a written document the size and spread of a real programme.
/// </summary>
public static class OtherProgrammeChapters
{
    public static IReadOnlyList<string> Sentences { get; } =
    [
        "Wij verhogen het minimumloon en de AOW.", "Het openbaar vervoer wordt goedkoper voor jongeren.",
        "De zorgverzekering krijgt een lager eigen risico.", "Leraren verdienen een beter salaris.",
        "We planten meer bomen in de stad.", "De politie krijgt meer wijkagenten.",
        "Musea worden gratis voor kinderen.", "Sportverenigingen krijgen steun voor hun kantines.",
        "Het onderwijs krijgt kleinere klassen.", "De rechtspraak wordt sneller en toegankelijker.",
        "Boeren krijgen een eerlijke prijs voor hun producten.", "De belasting op arbeid gaat omlaag.",
        "Wij steunen de vrije pers.", "Bibliotheken blijven open in elke wijk.",
        "Studenten krijgen een basisbeurs.", "Pensioenen worden weer geïndexeerd.",
        "Huurders krijgen meer bescherming tegen hoge huren.", "Het stroomnet wordt sneller uitgebreid.",
        "Kunstenaars krijgen een eerlijke vergoeding.", "De Waddenzee blijft beschermd natuurgebied.",
        "Mantelzorgers krijgen meer respijtzorg.", "Winkels in dorpen krijgen ruimte.",
        "Fietspaden worden veiliger.", "Het consulaat helpt Nederlanders in nood.",
        "Wij bouwen meer sociale huurwoningen.", "De dierenbescherming krijgt meer inspecteurs.",
        "Het leenstelsel komt niet terug.", "Vrijwilligers krijgen een vrijwilligersvergoeding.",
        "Treinen rijden vaker in de regio.", "De ouderenzorg krijgt meer verpleegkundigen.",
        "Wij investeren in schone lucht.", "Het mbo krijgt meer stageplekken.",
    ];
}
