using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Evaluation;
using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Learning;

namespace Thorbecke.Search.Tests.Learning;

/// <summary>Small programmes written for the learning tests: a few statements on the agenda's asks amid other chapters.</summary>
internal static class LearningCorpus
{
    public const string AbolishCut = "fin-1";
    public const string GrowingFund = "fin-2";
    public const string Contribution = "zorg-1";

    public static readonly Agenda Agenda = new("test", "Test",
    [
        new Ask(AbolishCut, "Financiën", "Schaf de opschalingskorting op het gemeentefonds af."),
        new Ask(GrowingFund, "Financiën", "Laat het gemeentefonds meegroeien met de kosten van gemeenten."),
        new Ask(Contribution, "Zorg", "Voer de inkomensafhankelijke eigen bijdrage in de Wmo in."),
    ]);

    /// <summary>Enough other chapters that a programme has the spread of a real one (the learned judge leaves letters to the rules).</summary>
    private static readonly string[] OtherChapters =
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

    /// <summary>A programme whose first pages hold <paramref name="statements"/>, one page each, then the other chapters.</summary>
    public static Document Programme(string id, params string[] statements) =>
        TestDocuments.Of([.. statements, .. OtherChapters], id: id);

    /// <summary>A reviewed label quoting <paramref name="quote"/> from <paramref name="page"/>.</summary>
    public static GoldLabel Label(string ask, Verdict verdict, int page = 0, string quote = "") =>
        new(ask, verdict, page == 0 ? [] : [page], page == 0 ? [] : [quote], LabelConfidence.High, null);

    public static ExampleSet Examples(params LabelledCell[] cells) =>
        new(Agenda.Asks.ToDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal), cells);

    public static LabelledCell Cell(string ask, string source, Verdict verdict, string quote) =>
        new(ask, source, source, verdict, [new ExampleQuote(1, quote)]);
}
