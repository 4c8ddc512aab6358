using System.Security.Cryptography;
using System.Text;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Web.Tests;

/// <summary>
/// A small stored scan: six asks in four themes, three four-page programmes and a four-page coalition agreement
/// (last, so the programmes keep their places), a result for every cell with verbatim quotes, and a finished run;
/// plus accounts for each role. Every cell a test reviews is its own, so the tests can share one app in any order.
/// </summary>
internal static class TestData
{
    public const string Engine = "test-engine";
    public const string Password = "lang-genoeg-wachtwoord";

    public static Agenda Agenda { get; } = new("test-agenda", "Inzet van de testgemeente", [
        new Ask("wonen-01", "Wonen", "Bouw meer sociale huurwoningen en geef gemeenten regie op de woningbouw."),
        new Ask("wonen-02", "Wonen", "Schrap de verhuurderheffing definitief."),
        new Ask("financien-01", "Financiën", "Schaf de opschalingskorting af."),
        new Ask("financien-02", "Financiën", "Geef gemeenten een eigen belastinggebied."),
        new Ask("klimaat-01", "Klimaat", "Geef gemeenten structureel geld voor de warmtetransitie."),
        new Ask("zorg-01", "Zorg", "Stop het abonnementstarief in de Wmo."),
    ]);

    /// <summary>Per party, its kind of document and one sentence per theme; each is a page's first line and the evidence quote for that theme.</summary>
    private static readonly (string Party, string Kind, string[] Sentences)[] Parties =
    [
        ("Partij voor de Gemeente", "programme", ["Wij bouwen 100.000 sociale huurwoningen per jaar.", "De opschalingskorting gaat van tafel.", "Gemeenten krijgen geld voor warmtenetten.", "Het abonnementstarief verdwijnt."]),
        ("Lokaal Liberaal", "programme", ["Woningbouw laten we aan de markt.", "Gemeenten moeten zuiniger worden.", "Klimaatbeleid is een zaak van het Rijk.", "De eigen bijdrage in de Wmo gaat omhoog."]),
        ("Groen Samen", "programme", ["Betaalbaar wonen voor iedereen.", "Een eerlijke verdeling van het gemeentefonds.", "Elke wijk van het gas af met steun van het Rijk.", "Zorg dichtbij, met een eerlijke eigen bijdrage."]),
        ("Coalitie", "agreement", ["Het kabinet schaft de verhuurderheffing definitief af.", "De opschalingskorting wordt gehalveerd.", "Het Rijk stelt structureel middelen beschikbaar voor de warmtetransitie.", "Het abonnementstarief verdwijnt."]),
    ];

    public static IReadOnlyList<Document> Documents { get; } = Parties.Select((party, i) => BuildDocument(i, party.Party, party.Kind, party.Sentences)).ToList();

    /// <summary>The index of the coalition agreement in <see cref="Documents"/>.</summary>
    public const int Agreement = 3;

    public static int CellCount => Agenda.Asks.Count * Documents.Count;

    /// <summary>Stores documents, results and a finished run, as a scan would; <paramref name="rationale"/> tells runs apart.</summary>
    public static void StoreScan(IScanStore store, string rationale = "Het programma noemt dit.")
    {
        var fingerprint = AgendaFingerprint.Of(Agenda);
        var run = store.BeginRun(Agenda, fingerprint, Engine);
        foreach (var document in Documents)
        {
            store.SaveDocument(document);
            store.SaveResults(fingerprint, Engine, document.Info.Id, Results(document, rationale));
        }

        store.FinishRun(run, Documents.Select(d => d.Info).ToList(), []);
    }

    public static IReadOnlyList<AskResult> Results(Document document, string rationale)
    {
        var index = Documents.Select(d => d.Info.Id).ToList().IndexOf(document.Info.Id);
        return Agenda.Asks.Select((ask, a) =>
        {
            var verdict = VerdictNames.All[(index + a) % VerdictNames.All.Count];
            var theme = Agenda.Themes.ToList().IndexOf(ask.Theme);
            Evidence[] evidence = verdict == Verdict.None ? [] : [new Evidence(theme + 1, Parties[index].Sentences[theme], 10 - a)];
            return new AskResult(ask.Id, document.Info.Id, verdict, 0.5 + (a / 20.0), evidence, $"{rationale} ({ask.Id})");
        }).ToList();
    }

    public static string Quote(int document, string theme) => Parties[document].Sentences[Agenda.Themes.ToList().IndexOf(theme)];

    private static Document BuildDocument(int index, string party, string kind, string[] sentences)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(party)));
        Page[] pages =
        [
            new(1, $"{sentences[0]}\nHoofdstuk Wonen van {party}. Een tweede zin over buurten."),
            new(2, $"{sentences[1]}\nHoofdstuk Financiën. Gemeenten verdienen zekerheid."),
            new(3, $"{sentences[2]}\nHoofdstuk Klimaat. Duurzaam en betaalbaar."),
            new(4, $"{sentences[3]}\nHoofdstuk Zorg. Dichtbij huis."),
        ];
        var passages = pages.Select((p, i) => new Passage(i, p.Number, p.Text.Split('\n')[0], [$"Hoofdstuk {p.Number}"])).ToList();
        var info = kind == "agreement"
            ? new DocumentInfo(DocumentInfo.IdFor(sha), "akkoord.pdf", sha, party, kind, "Coalitieakkoord 2026", "tk2025", pages.Length)
            : new DocumentInfo(DocumentInfo.IdFor(sha), $"programma-{index + 1}.pdf", sha, party, kind, $"Verkiezingsprogramma {party}", "tk2025", pages.Length);
        return new Document(info, pages, passages);
    }
}
