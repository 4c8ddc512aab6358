using System.Security.Cryptography;
using System.Text;
using Thorbecke.Application.Engine;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;
using Thorbecke.Storage;
using Thorbecke.Testing.Documents;

namespace Thorbecke.Web.Tests.Reviewing;

/// <summary>
/// The app over three programmes judged by the real engine against the built-in VNG agenda, as a scan stores them, so
/// reviews saved in the app are learned from. Each programme speaks to the opschalingskorting amid enough other
/// chapters to be judged by the learned judge (which leaves letters to the rules).
/// </summary>
public sealed class RelearnFixture : WebFixture
{
    public const string Ask = "formatie-01";

    public static Agenda Agenda { get; } = BuiltInAgendas.Find(BuiltInAgendas.Vng2025)!;

    /// <summary>A, whose cell gets reviewed; B, left to the machine; C, reviewed before A.</summary>
    public static IReadOnlyList<Document> Documents { get; } =
    [
        Programme("Partij A", "Wij schaffen de opschalingskorting af, zodat gemeenten weer kunnen investeren in hun inwoners."),
        Programme("Partij B", "De opschalingskorting op het gemeentefonds moet verdwijnen, want gemeenten komen geld tekort."),
        Programme("Partij C", "De opschalingskorting gaat van tafel en gemeenten krijgen meer ruimte."),
    ];

    public static string Fingerprint { get; } = AgendaFingerprint.Of(Agenda);

    public static string Engine { get; } = ProjectEngine.Lexical(new EngineSettings(), null, []).EngineVersion;

    protected override bool StartsBrowser => false;

    protected override void Seed(SqliteScanStore store)
    {
        var matcher = ProjectEngine.Lexical(new EngineSettings(), null, []);
        var run = store.BeginRun(Agenda, Fingerprint, matcher.EngineVersion);
        foreach (var document in Documents)
        {
            store.SaveDocument(document);
            store.SaveResults(Fingerprint, matcher.EngineVersion, document.Info.Id, matcher.Match(Agenda, document));
        }

        store.FinishRun(run, [.. Documents.Select(d => d.Info)], []);
    }

    /// <summary>A programme of one page per statement: its own on the first page, then the other chapters.</summary>
    private static Document Programme(string party, string statement)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(party)));
        var pages = new[] { statement }.Concat(OtherProgrammeChapters.Sentences).Select((text, i) => new Page(i + 1, text)).ToList();
        var passages = pages.Select(p => new Passage(p.Number - 1, p.Number, p.Text, ["Ons programma"])).ToList();
        var info = new DocumentInfo(DocumentInfo.IdFor(sha), $"{party.ToLowerInvariant().Replace(' ', '-')}.pdf", sha, party, "programme", $"Verkiezingsprogramma {party}", "tk2025", pages.Count);
        return new Document(info, pages, passages);
    }
}
