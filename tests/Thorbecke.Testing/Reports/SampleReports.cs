using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Testing.Reports;

/// <summary>Fabricated scan reports: a small fixed one for golden files and a fuller one for the HTML.</summary>
public static class SampleReports
{
    /// <summary>Two documents, three asks in two themes, one failed file; awkward text on purpose.</summary>
    public static ScanReport Small()
    {
        var agenda = new Agenda("test-agenda", "Testagenda voor gemeenten", new List<Ask>
        {
            new("financien-01", "Gemeentefinanciën", "Schaf de opschalingskorting definitief af."),
            new("financien-02", "Gemeentefinanciën", "Geef gemeenten een eigen belastinggebied."),
            new("zorg-01", "Zorg en gezondheid", "Investeer in preventie, \"samen\" met gemeenten."),
        });
        var alpha = Document("alpha.pdf", "Partij Alpha", "Verkiezingsprogramma Alpha 2025", "TK2025", 48);
        var beta = Document("beta.docx", "Bèta-Beweging", "Programma \"Samen, vooruit\"", null, 12);
        var results = new List<AskResult>
        {
            new("financien-01", alpha.Id, Verdict.Support, 0.8249, [new Evidence(12, "Wij schaffen de opschalingskorting af.", 12.34567)], "Het programma noemt de afschaffing letterlijk."),
            new("financien-02", alpha.Id, Verdict.None, 0.9, [], "Geen passage over een eigen belastinggebied."),
            new("zorg-01", alpha.Id, Verdict.Partial, 0.5556, [new Evidence(40, "Preventie, zorg en welzijn: \"voorkomen\" is beter.", 7.1), new Evidence(41, "Gemeenten <krijgen> meer ruimte.", 3)], "Preventie wel, maar niet samen met gemeenten."),
            new("financien-01", beta.Id, Verdict.Oppose, 0.61, [new Evidence(3, "De korting blijft, gemeenten moeten efficiënter werken.", 9.5)], "Het programma wil de korting handhaven."),
            new("zorg-01", beta.Id, Verdict.Support, 1, [new Evidence(7, "Wij investeren fors in preventie\nsamen met gemeenten.", 11)], "Expliciete steun voor preventie met gemeenten."),

            // financien-02 for beta is missing on purpose: the writers must still give every pair once.
        };
        return new ScanReport(agenda, [alpha, beta], results, [new ScanError("kapot.pdf", "het bestand is versleuteld met een wachtwoord")]);
    }

    /// <summary>
    /// <see cref="Small"/> with one analyst's review: alpha's financien-01 (machine: support, p. 12) overridden to
    /// oppose with the reviewer's own quote from p. 13 and a comment.
    /// </summary>
    public static ScanReport SmallReviewed()
    {
        var report = Small();
        var machine = report.Results[0];
        return report with { Reviews = [Review(machine.Ask, machine.Document)] };
    }

    public const string ReviewQuote = "Wij houden de korting voorlopig in stand.";

    public const string ReviewComment = "De afschaffing op p. 12 geldt pas na 2030; op p. 13 blijft de korting.";

    public static Review Review(string ask, string document) =>
        new(ask, document, 2, Verdict.Oppose, false, [new ReviewEvidence(13, ReviewQuote)], ReviewComment, "anna", new DateTimeOffset(2026, 2, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Three parties and twelve asks in three themes, shaped like a real VNG scan.</summary>
    public static ScanReport Full()
    {
        var asks = new List<Ask>
        {
            new("financien-01", "Gemeentefinanciën", "Zorg voor een structureel toereikende financiering van gemeenten, met een groeipad van het gemeentefonds dat gelijk oploopt met de rijksuitgaven."),
            new("financien-02", "Gemeentefinanciën", "Schaf de opschalingskorting definitief af."),
            new("financien-03", "Gemeentefinanciën", "Geef gemeenten een eigen, ruimer belastinggebied zodat zij minder afhankelijk zijn van het Rijk."),
            new("financien-04", "Gemeentefinanciën", "Compenseer gemeenten volledig voor nieuwe taken die het Rijk hen opdraagt."),
            new("wonen-01", "Ruimte, Wonen & Stikstof", "Bouw jaarlijks 100.000 woningen, waarvan tweederde betaalbaar, met een meerjarige bijdrage van het Rijk."),
            new("wonen-02", "Ruimte, Wonen & Stikstof", "Los de stikstofproblematiek op zodat woningbouw en infrastructuur weer vergund kunnen worden."),
            new("wonen-03", "Ruimte, Wonen & Stikstof", "Investeer in de aanpak van netcongestie zodat nieuwe wijken op tijd aangesloten worden."),
            new("wonen-04", "Ruimte, Wonen & Stikstof", "Versterk de regie van gemeenten op de ruimtelijke ordening en de volkshuisvesting."),
            new("jeugd-01", "Kansengelijkheid (jeugd en onderwijs)", "Maak de jeugdzorg betaalbaar door de hervormingsagenda jeugd volledig uit te voeren en te financieren."),
            new("jeugd-02", "Kansengelijkheid (jeugd en onderwijs)", "Zorg voor voldoende kinderopvang en voorschoolse educatie in elke wijk."),
            new("jeugd-03", "Kansengelijkheid (jeugd en onderwijs)", "Investeer in brede scholen en een rijke schooldag voor alle kinderen."),
            new("jeugd-04", "Kansengelijkheid (jeugd en onderwijs)", "Verlaag de wachttijden in de specialistische jeugd-ggz."),
        };
        var agenda = new Agenda("vng-demo", "VNG-inzet Tweede Kamerverkiezingen 2025 en kabinetsformatie", asks);
        var documents = new List<DocumentInfo>
        {
            Document("bij1.pdf", "BIJ1", "Verkiezingsprogramma BIJ1 Tweede Kamerverkiezingen 2025", "TK2025", 95),
            Document("christenunie.pdf", "ChristenUnie", "Verkiezingsprogramma ChristenUnie 2025", "TK2025", 132),
            Document("groenlinks-pvda.pdf", "GroenLinks-PvdA", "Conceptverkiezingsprogramma GroenLinks-PvdA 2025", "TK2025", 88),
        };
        Verdict[][] pattern =
        [
            [Verdict.Support, Verdict.Partial, Verdict.None, Verdict.Partial, Verdict.Support, Verdict.Oppose, Verdict.Partial, Verdict.None, Verdict.Support, Verdict.Support, Verdict.Partial, Verdict.None],
            [Verdict.Support, Verdict.Support, Verdict.Partial, Verdict.Support, Verdict.Partial, Verdict.Partial, Verdict.None, Verdict.Support, Verdict.Support, Verdict.Partial, Verdict.Support, Verdict.Partial],
            [Verdict.Partial, Verdict.None, Verdict.Oppose, Verdict.Support, Verdict.Support, Verdict.Support, Verdict.Support, Verdict.Partial, Verdict.Partial, Verdict.Support, Verdict.None, Verdict.Support],
        ];
        string[] quotes =
        [
            "Gemeenten krijgen meer zeggenschap over hun eigen begroting en een gemeentefonds dat meegroeit met de taken die zij uitvoeren.",
            "Wij schrappen de opschalingskorting, zodat gemeenten niet langer hoeven te bezuinigen op voorzieningen voor inwoners.",
            "De woningbouw gaat omhoog: wij bouwen minstens 100.000 woningen per jaar, waarvan het grootste deel betaalbare huur- en koopwoningen.",
            "Jeugdzorg is geen markt. We stoppen met aanbesteden en investeren in wijkteams die dichtbij gezinnen staan.",
            "Elk kind verdient een goede start: kinderopvang wordt vrijwel gratis voor alle ouders, ongeacht hun inkomen.",
        ];
        var results = new List<AskResult>();
        for (var d = 0; d < documents.Count; d++)
        {
            for (var a = 0; a < asks.Count; a++)
            {
                var verdict = pattern[d][a];
                var confidence = 0.45 + (((d * 7) + (a * 3)) % 11 / 20.0);
                var evidence = verdict == Verdict.None
                    ? new List<Evidence>()
                    : Enumerable.Range(0, 1 + ((a + d) % 3)).Select(i => new Evidence(10 + (a * 5) + i + d, quotes[(a + d + i) % quotes.Length], 12 - i)).ToList();
                var rationale = verdict switch
                {
                    Verdict.Support => "Het programma neemt de kern van de ask expliciet over.",
                    Verdict.Partial => "Zelfde richting, maar alleen in algemene termen en zonder concrete toezegging.",
                    Verdict.Oppose => "Het programma kiest voor een aanpak die hier niet mee te rijmen is.",
                    _ => "Geen passage gevonden die dit onderwerp behandelt.",
                };
                results.Add(new AskResult(asks[a].Id, documents[d].Id, verdict, confidence, evidence, rationale));
            }
        }

        return new ScanReport(agenda, documents, results, [new ScanError("vvd-concept.pdf", "het bestand is versleuteld met een wachtwoord")]);
    }

    public static DocumentInfo Document(string file, string party, string title, string? election, int pages)
    {
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(file)));
        return new DocumentInfo(DocumentInfo.IdFor(sha), file, sha, party, "programme", title, election, pages);
    }
}
