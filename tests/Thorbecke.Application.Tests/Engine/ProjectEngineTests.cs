using Thorbecke.Application.Engine;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Learning;
using Thorbecke.Search.Matching;

namespace Thorbecke.Application.Tests.Engine;

/// <summary>The engine of a project: its settings, and its reviews as examples.</summary>
public sealed class ProjectEngineTests
{
    private const string Cut = "fin-1";

    [Fact]
    public void Should_keep_the_engine_version_whatever_the_reviews()
    {
        var latest = new ScanReport(ProjectBuilder.Agenda, [Info("doc-a", "Partij A")], [Machine("doc-a")], []);

        var taught = ProjectEngine.Lexical(new EngineSettings(), latest, [Reviewed("doc-a", Verdict.Support, true)]);

        Assert.Equal(new LexicalAskMatcher().EngineVersion, taught.EngineVersion);
    }

    [Fact]
    public void Should_make_another_engine_of_a_users_thesaurus()
    {
        var plain = ProjectEngine.Lexical(new EngineSettings(), null, []);
        var withSynonyms = ProjectEngine.Lexical(new EngineSettings("opschalingskorting, herverdeelkorting"), null, []);

        Assert.NotEqual(plain.EngineVersion, withSynonyms.EngineVersion);
    }

    [Fact]
    public void Should_take_the_machines_first_quote_only_for_a_review_that_confirmed_it()
    {
        var latest = new ScanReport(ProjectBuilder.Agenda, [Info("doc-a", "Partij A"), Info("doc-b", "Partij B")], [Machine("doc-a"), Machine("doc-b")], []);

        var examples = ProjectEngine.Examples(latest,
        [
            Reviewed("doc-a", Verdict.Support, true),
            Reviewed("doc-b", Verdict.Oppose, false),
            Reviewed("doc-a", Verdict.Support, false, new ReviewEvidence(3, "Het fonds groeit mee.")) with { Ask = "zorg-1" },
        ]);

        var confirmed = examples.Cells.Single(c => c.Ask == Cut && c.Source == "doc-a");
        Assert.Equal((Verdict.Support, "Partij A"), (confirmed.Verdict, confirmed.SourceName));
        Assert.Equal([new ExampleQuote(2, "De opschalingskorting gaat van tafel.")], confirmed.Quotes);
        // An override saw the verdict elsewhere than in the machine's quotes: it counts, but lends no sentence.
        var overridden = examples.Cells.Single(c => c.Ask == Cut && c.Source == "doc-b");
        Assert.Equal((Verdict.Oppose, 0), (overridden.Verdict, overridden.Quotes.Count));
        Assert.Equal([new ExampleQuote(3, "Het fonds groeit mee.")], examples.Cells.Single(c => c.Ask == "zorg-1").Quotes);
    }

    private static DocumentInfo Info(string id, string party) =>
        new(id, $"{id}.pdf", id, party, "programme", $"Programma {party}", "tk2025", 6);

    private static AskResult Machine(string document) => new(Cut, document, Verdict.Support, 0.7,
        [new Evidence(2, "De opschalingskorting gaat van tafel.", 9), new Evidence(5, "Gemeenten krijgen lucht.", 4)], "");

    private static Review Reviewed(string document, Verdict verdict, bool confirmed, params ReviewEvidence[] evidence) =>
        new(Cut, document, 1, verdict, confirmed, evidence, null, "anna", DateTimeOffset.UnixEpoch);
}
