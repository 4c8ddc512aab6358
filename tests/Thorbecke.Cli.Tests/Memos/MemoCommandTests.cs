using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Thorbecke.Testing.GoldenFiles;
using Thorbecke.Testing.Timelines;

namespace Thorbecke.Cli.Tests.Memos;

/// <summary><c>thorbecke memo</c> on the scanned formation of <see cref="TimelineCorpus"/>: a Word memo that Word opens, and the same memo in Markdown.</summary>
public sealed class MemoCommandTests(TimelineScanFixture scan) : IClassFixture<TimelineScanFixture>
{
    private const string Theme = "Financiële uitgangspositie (formatie)";

    [Fact]
    public void Should_write_a_valid_word_memo_with_the_agreement_and_budget_quoted_verbatim_in_date_order()
    {
        var output = Path.Combine(scan.WorkFolder, "memo.docx");

        var run = Memo("--ask", TimelineCorpus.Ask, "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("memo (Word) geschreven naar", run.Out, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(output, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var lines = BodyLines(document);
        var agreement = lines.FindIndex(l => l.Contains(TimelineCorpus.AgreementQuote, StringComparison.Ordinal));
        var letter = lines.FindIndex(l => l.StartsWith(DutchDate(TimelineCorpus.LetterDate), StringComparison.Ordinal));
        var budget = lines.FindIndex(l => l.Contains(TimelineCorpus.BudgetQuote, StringComparison.Ordinal));
        var undated = lines.IndexOf("Zonder datum");
        Assert.True(agreement > 0 && agreement < letter && letter < budget && budget < undated, string.Join('\n', lines));
        Assert.Contains($"“{TimelineCorpus.BudgetQuote}” (p. 1)", lines);
        Assert.Contains("Status nu: deels (sinds Voorjaarsnota 2026, 15 april 2026)", lines);
        Assert.Contains(lines, l => l.StartsWith("Toezegging in Coalitieakkoord 2026-2030, p. 1:", StringComparison.Ordinal) && l.EndsWith("— nu afgezwakt door Voorjaarsnota 2026", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_write_the_markdown_memo_as_the_golden_file_says()
    {
        var output = Path.Combine(scan.WorkFolder, "memo.md");

        var run = Memo("--ask", TimelineCorpus.Ask, "--out", output, "--date", "2026-05-01");

        Assert.True(run.ExitCode == 0, run.ToString());
        Golden.Verify(File.ReadAllText(output), "memo-formatie-01.md");
    }

    [Fact]
    public void Should_write_a_theme_memo_with_every_ask_of_the_theme_after_an_overview()
    {
        var output = Path.Combine(scan.WorkFolder, "thema.txt");

        var run = Memo("--theme", "financiële uitgangspositie (FORMATIE)", "--format", "md", "--out", output, "--date", "2026-05-01");

        Assert.True(run.ExitCode == 0, run.ToString());
        var text = File.ReadAllText(output);
        Assert.StartsWith($"# Memo over thema {Theme}\n", text, StringComparison.Ordinal);
        Assert.Contains("6 vragen: 0 toegezegd, 2 deels, 0 afgewezen, 4 stil.", text, StringComparison.Ordinal);
        foreach (var id in Enumerable.Range(1, 6).Select(n => $"formatie-0{n}"))
        {
            Assert.Contains($"\n## {id}: ", text, StringComparison.Ordinal);
            Assert.Contains($"\n| {id}: ", text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("formatie-07", text, StringComparison.Ordinal);
        Assert.Contains("Geen van de 6 documenten zegt iets over deze vraag.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_an_unknown_ask_in_dutch_naming_the_asks_of_the_agenda()
    {
        var run = Memo("--ask", "formatie-99", "--out", Path.Combine(scan.WorkFolder, "x.docx"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("Fout: Vraag 'formatie-99' staat niet op de agenda", run.Error, StringComparison.Ordinal);
        Assert.Contains("Kies een van de 76 vragen: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("formatie-06, formatie-07", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(scan.WorkFolder, "x.docx")));
    }

    [Fact]
    public void Should_refuse_an_unknown_theme_in_dutch_naming_the_themes()
    {
        var run = Memo("--theme", "Financiën", "--out", Path.Combine(scan.WorkFolder, "x.docx"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("Fout: Thema 'Financiën' staat niet op de agenda", run.Error, StringComparison.Ordinal);
        Assert.Contains($"'{Theme}'", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--out", "x.docx" }, "geef één vraag (--ask formatie-01) of één thema")]
    [InlineData(new[] { "--ask", "formatie-01", "--theme", "Migratie", "--out", "x.docx" }, "niet allebei")]
    [InlineData(new[] { "--ask", "formatie-01" }, "geef met --out op waar het memo komt")]
    [InlineData(new[] { "--ask", "formatie-01", "--out", "x.pdf", "--format", "pdf" }, "--format 'pdf' kan niet: kies docx of md.")]
    [InlineData(new[] { "--ask", "formatie-01", "--out", "x.md", "--date", "1-5-2026" }, "--date '1-5-2026' is geen datum")]
    public void Should_refuse_a_command_line_it_cannot_use_in_dutch(string[] args, string message)
    {
        var run = Memo(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_when_the_database_does_not_exist()
    {
        var run = CliProcess.Run(scan.WorkFolder, "memo", "--db", Path.Combine(scan.WorkFolder, "geen.db"), "--ask", TimelineCorpus.Ask, "--out", "x.docx");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("bestaat niet; draai eerst 'thorbecke scan'", run.Error, StringComparison.Ordinal);
    }

    private CliResult Memo(params string[] args) => CliProcess.Run(scan.WorkFolder, ["memo", "--db", scan.Database, .. args]);

    /// <summary>The text of every paragraph of the body, in order (table cells included).</summary>
    internal static List<string> BodyLines(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();

    private static string DutchDate(DateOnly date) => Thorbecke.Core.Text.Dutch.Date(date);
}
