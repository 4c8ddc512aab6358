using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Evaluation;
using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Learning;
using Thorbecke.Testing.Documents;

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

    /// <summary>
    /// A programme whose first pages hold <paramref name="statements"/>, one page each, then the other chapters: enough
    /// passages to have the spread of a real one (the learned judge leaves letters to the rules).
    /// </summary>
    public static Document Programme(string id, params string[] statements) =>
        TestDocuments.Of([.. statements, .. OtherProgrammeChapters.Sentences], id: id);

    /// <summary>A reviewed label quoting <paramref name="quote"/> from <paramref name="page"/>.</summary>
    public static GoldLabel Label(string ask, Verdict verdict, int page = 0, string quote = "") =>
        new(ask, verdict, page == 0 ? [] : [page], page == 0 ? [] : [quote], LabelConfidence.High, null);

    public static ExampleSet Examples(params LabelledCell[] cells) =>
        new(Agenda.Asks.ToDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal), cells);

    public static LabelledCell Cell(string ask, string source, Verdict verdict, string quote) =>
        new(ask, source, source, verdict, [new ExampleQuote(1, quote)]);
}
