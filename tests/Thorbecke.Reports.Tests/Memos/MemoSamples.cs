using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Timelines;
using Thorbecke.Core.Verdicts;
using Thorbecke.Reports.Memos;

namespace Thorbecke.Reports.Tests.Memos;

/// <summary>Timelines built by hand for the memo tests: a programme, an agreement, a budget with printed page numbers, an undated note.</summary>
internal static class MemoSamples
{
    public static readonly DateOnly Made = new(2026, 5, 1);

    public static readonly Ask ScalingCut = new("financien-01", "Gemeentefinanciën", "Schaf de opschalingskorting af.");

    public static readonly DocumentInfo Programme = Document("p1", "Partij Rood", DocumentKinds.Programme, "Verkiezingsprogramma Rood", new DateOnly(2025, 9, 1));

    public static readonly DocumentInfo Agreement = Document("a1", "Kabinet", DocumentKinds.Agreement, "Coalitieakkoord 2026", new DateOnly(2026, 1, 20));

    /// <summary>Its printed page numbers lag two behind the PDF's: pdf page 5 is printed page 3.</summary>
    public static readonly DocumentInfo Budget = Document("b1", "Minister van Financiën", DocumentKinds.Budget, "Voorjaarsnota 2026", new DateOnly(2026, 4, 15)) with { PrintedPageOffset = 2 };

    public static readonly DocumentInfo Note = Document("n1", "Onderzoeksbureau", DocumentKinds.Other, "Notitie", null);

    public static DocumentInfo Document(string id, string party, string kind, string title, DateOnly? date) =>
        new(id, $"{id}.pdf", $"{id}-sha", party, kind, title, null, 10) { Date = date };

    /// <summary>A programme that says nothing about the ask.</summary>
    public static readonly DocumentInfo Silent = Document("s1", "Partij Blauw", DocumentKinds.Programme, "Blauw", new DateOnly(2025, 9, 2));

    public static ReviewedResult Cell(DocumentInfo document, Verdict verdict, string? quote = null, int page = 1, Review? review = null, string? ask = null) =>
        new(new AskResult(ask ?? ScalingCut.Id, document.Id, verdict, 0.8, quote is null ? [] : [new Evidence(page, quote, 1)], "machine"), review);

    public static Review Review(DocumentInfo document, Verdict verdict, string quote, int page) =>
        new(ScalingCut.Id, document.Id, 1, verdict, false, [new ReviewEvidence(page, quote)], "Nagelezen.", "anna", new DateTimeOffset(2026, 4, 20, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Given in an order other than the dates', with the undated note first.</summary>
    public static AskTimeline Timeline(params (DocumentInfo Document, ReviewedResult Cell)[] cells) => AskTimeline.Build(ScalingCut, cells);

    public static AskTimeline Formation(Review? budgetReview = null) => Timeline(
        (Note, Cell(Note, Verdict.Partial, "Gemeenten vragen om afschaffing.")),
        (Budget, Cell(Budget, Verdict.Partial, "Het kabinet schaft de korting slechts gedeeltelijk af.", page: 5, review: budgetReview)),
        (Agreement, Cell(Agreement, Verdict.Support, "Wij schaffen de opschalingskorting af.")),
        (Programme, Cell(Programme, Verdict.Support, "Weg met de opschalingskorting.")),
        (Silent, Cell(Silent, Verdict.None)));

    public static MemoBuilder Builder(TimelineAmounts? amounts = null) =>
        new(new DocumentLabels([Programme, Agreement, Budget, Note, Silent]), amounts ?? TimelineAmounts.None, "Testagenda", Made);
}
