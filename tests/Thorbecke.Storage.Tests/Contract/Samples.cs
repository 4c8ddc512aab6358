using System.Security.Cryptography;
using System.Text;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Storage.Tests.Contract;

/// <summary>Small, deliberately awkward documents, agendas and results for the store contract.</summary>
internal static class Samples
{
    public const string Engine = "engine-1";

    public static string Sha256Of(string seed) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));

    /// <summary>A three-page document with Unicode, newlines and heading paths of different depths.</summary>
    public static Document Document(string seed, string party = "Groenlinks-PvdA", string? election = "tk2025")
    {
        var sha = Sha256Of(seed);
        var info = new DocumentInfo(DocumentInfo.IdFor(sha), $"{seed}.pdf", sha, party, "programme", $"Verkiezingsprogramma {seed} — één €", election, 3);
        Page[] pages =
        [
            new(1, "Inleiding\nWij willen dat gemeenten € 1,5 miljard extra krijgen."),
            new(2, "Zorg & welzijn: de ë, de ï en \"aanhalingstekens\"."),
            new(3, "Slot 🚀 met een tab\tén witregel\n\n."),
        ];
        Passage[] passages =
        [
            new(0, 1, "Wij willen dat gemeenten € 1,5 miljard extra krijgen.", ["Inleiding"]),
            new(1, 2, "Zorg & welzijn: de ë, de ï en \"aanhalingstekens\".", ["Hoofdstuk 2: Zorg", "Ouderen \"thuis\""]),
            new(2, 3, "Slot 🚀 met een tab\tén witregel", []),
        ];
        return new Document(info, pages, passages);
    }

    public static Agenda Agenda(string id = "test-agenda") => new(id, "Testagenda — gemeenten", [
        new Ask("wonen-01", "Wonen", "Bouw 100.000 woningen per jaar", new AskHints(["woningbouw", "huizen"], ["woning"])),
        new Ask("financien-02", "Financiën", "Schaf de opschalingskorting af (€ 1 mld)"),
        new Ask("klimaat-03", "Klimaat", "Geef gemeenten geld voor de warmtetransitie", new AskHints(["warmtenet"], [])),
        new Ask("zorg-04", "Zorg", "Stop het abonnementstarief", new AskHints([], ["wmo", "abonnementstarief"])),
    ]);

    /// <summary>One result per ask in agenda order (which is not alphabetical), with doubles that do not survive rounding.</summary>
    public static IReadOnlyList<AskResult> Results(Agenda agenda, string documentId, string rationale = "Het programma noemt dit letterlijk.") =>
        agenda.Asks.Select((ask, i) => new AskResult(
            ask.Id,
            documentId,
            VerdictNames.All[i % VerdictNames.All.Count],
            i == 0 ? 0.1 + 0.2 : 1.0 / (i + 3),
            i % VerdictNames.All.Count == 3
                ? []
                : [
                    new Evidence(2, $"Zorg & welzijn: de ë {i}", Math.PI * (i + 1)),
                    new Evidence(1, "Wij willen € 1,5 miljard", 1e-17 + i),
                    new Evidence(3, "Slot 🚀", 12.345678901234567),
                ],
            $"{rationale} ({ask.Id})"))
        .ToList();
}
