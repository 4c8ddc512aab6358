using DocumentFormat.OpenXml.Packaging;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;
using Thorbecke.Storage;
using Thorbecke.Testing;
using Thorbecke.Testing.Timelines;

namespace Thorbecke.Cli.Tests.Memos;

/// <summary>An analyst's review wins in the memo: its verdict, its quote, the reviewer named, and the status it sets.</summary>
public sealed class ReviewedMemoTests : IDisposable
{
    private const string Quote = "In 2026 wordt € 300 miljoen van de korting teruggedraaid; de rest van de opschalingskorting blijft voorlopig staan.";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Should_show_the_reviewed_verdict_quote_and_reviewer_and_let_the_review_set_the_status()
    {
        var database = TimelineScanFixture.Scan(folder);
        using (var store = new SqliteScanStore(database))
        {
            var budget = store.ListDocuments().Single(d => d.File == "voorjaarsnota.md").Id;
            store.SaveReview(
                new ReviewRequest(TimelineCorpus.Ask, budget, Verdict.Oppose, false, [new ReviewEvidence(1, Quote)], "De korting blijft grotendeels.", "anna", 0),
                new DateTimeOffset(2026, 4, 20, 9, 0, 0, TimeSpan.Zero));
        }

        var docx = folder.File("memo.docx");
        var md = folder.File("memo.md");
        var word = CliProcess.Run(folder.Path, "memo", "--db", database, "--ask", TimelineCorpus.Ask, "--out", docx);
        var markdown = CliProcess.Run(folder.Path, "memo", "--db", database, "--ask", TimelineCorpus.Ask, "--out", md);

        Assert.True(word.ExitCode == 0, word.ToString());
        Assert.True(markdown.ExitCode == 0, markdown.ToString());
        using var document = WordprocessingDocument.Open(docx, false);
        var lines = MemoCommandTests.BodyLines(document);
        Assert.Contains("Status nu: afgewezen (sinds Voorjaarsnota 2026, 15 april 2026)", lines);
        Assert.Contains("Begroting of Voorjaarsnota · oordeel: verzet zich (beoordeeld door anna) · status wordt afgewezen · toezegging gebroken", lines);
        Assert.Contains($"“{Quote}” (p. 1)", lines);
        Assert.Contains("Opmerking van de beoordelaar: De korting blijft grotendeels.", lines);
        Assert.DoesNotContain(lines, l => l.Contains(TimelineCorpus.BudgetQuote, StringComparison.Ordinal));

        var text = File.ReadAllText(md);
        Assert.Contains("oordeel: verzet zich (beoordeeld door anna)", text, StringComparison.Ordinal);
        Assert.Contains("— nu gebroken door Voorjaarsnota 2026", text, StringComparison.Ordinal);
    }
}
