using Thorbecke.Core.Documents;

namespace Thorbecke.Search.Tests;

/// <summary>Documents written for the tests: one passage per paragraph, paragraphs of a page separated by a blank line.</summary>
internal static class TestDocuments
{
    public const string Id = "doc-42";

    /// <summary>Other chapters of a programme, one sentence each, so a test document has the size and spread of a real one.</summary>
    public static IReadOnlyList<string> OtherChapters { get; } =
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

    /// <param name="pages">The text of each page.</param>
    /// <param name="heading">The heading every passage sits under.</param>
    /// <param name="id">The document id, for tests with several documents.</param>
    public static Document Of(IReadOnlyList<string> pages, string heading = "Financiën", string id = Id)
    {
        var pageList = new List<Page>();
        var passages = new List<Passage>();
        for (var i = 0; i < pages.Count; i++)
        {
            pageList.Add(new Page(i + 1, pages[i]));
            foreach (var paragraph in pages[i].Split("\n\n"))
            {
                passages.Add(new Passage(passages.Count, i + 1, paragraph, [heading]));
            }
        }

        return new Document(new DocumentInfo(id, id + ".pdf", new string('0', 64), "Testpartij", "programme", "Test", null, pages.Count), pageList, passages);
    }
}
