using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Testing.Documents;

namespace Thorbecke.MoneyMentions.Tests;

/// <summary>Small documents and an agenda for the money tests, written for them (not taken from any programme).</summary>
internal static class MoneyDocuments
{
    public static readonly Agenda Agenda = new("test", "Test", [
        new Ask("formatie-01", "Financiën", "Schaf de opschalingskorting af."),
        new Ask("formatie-02", "Financiën", "Herstel het accres van het gemeentefonds vanaf 2026."),
        new Ask("formatie-05", "Financiën", "Meer algemene en minder specifieke uitkeringen aan gemeenten."),
        new Ask("formatie-06", "Financiën", "Kom niet met aanvullende bezuinigingen op gemeenten."),
        new Ask("financien-02", "Financiën", "Duidelijke afspraken over de structurele financiering van jeugdzorg."),
        new Ask("wonen-01", "Wonen", "Geef gemeenten regie op de bouw van sociale huurwoningen."),
        new Ask("jeugd-01", "Jeugd", "Versterk de jeugdzorg met genoeg geld voor gemeenten."),
        new Ask("veiligheid-01", "Veiligheid", "Investeer in de weerbaarheid van gemeenten."),
    ]);

    /// <summary>A document with one passage per paragraph; paragraphs of a page are separated by a blank line.</summary>
    public static Document Of(params string[] pages) => TestDocuments.Of(pages);

    public static IReadOnlyList<MoneyMention> Find(params string[] pages) => new MoneyMentionFinder().Find(Of(pages), Agenda);

    public static MoneyMention Single(string sentence) => Assert.Single(Find(sentence));
}
