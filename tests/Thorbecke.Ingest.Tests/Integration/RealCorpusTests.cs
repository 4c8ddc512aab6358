using System.Globalization;
using System.Text.RegularExpressions;
using Thorbecke.Core.Text;
using Thorbecke.Text.Sentences;
using Xunit.Abstractions;

namespace Thorbecke.Ingest.Tests.Integration;

public sealed partial class RealCorpusTests(RealCorpus corpus, ITestOutputHelper output) : IClassFixture<RealCorpus>
{
    [Theory]
    [InlineData("50plus.pdf", 32)]
    [InlineData("bij1.pdf", 95)]
    [InlineData("christenunie.pdf", 45)]
    [InlineData("denk.pdf", 58)]
    [InlineData("groenlinks-pvda.pdf", 169)]
    [InlineData("sp.pdf", 60)]
    public void Should_yield_the_real_page_count(string file, int pages)
    {
        var text = corpus.Texts[file];

        Assert.Equal(pages, text.Pages.Count);
        Assert.True(text.Passages.Count > pages, $"{file}: only {text.Passages.Count} passages");
    }

    [Fact]
    public void Should_keep_every_passage_verbatim_in_its_page()
    {
        foreach (var text in corpus.Texts.Values)
        {
            Invariants.AssertHold(text);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"extracted 6 PDFs in {corpus.Elapsed.TotalSeconds:F2} s (2 threads)"));
    }

    [Fact]
    public void Should_keep_running_footers_out_of_passages()
    {
        var footer = corpus.Texts["groenlinks-pvda.pdf"].Passages.Where(p => p.Text.Contains("Verkiezingsprogramma 2025", StringComparison.Ordinal)).ToList();

        Assert.True(footer.Count < 5, $"{footer.Count} passages contain the running footer");
    }

    /// <summary>
    /// Quotes are taken from our passages and users check them in their own PDF viewer, so our reading
    /// order must agree with an independent extractor. Samples are sentences within one of our lines
    /// (pdftotext itself interleaves the lines of some two-column pages), without a leading bullet
    /// glyph (pdftotext sometimes puts bullets on a line of their own) and not ending in a hyphen
    /// (pdftotext joins hyphenated words).
    /// </summary>
    [Fact]
    public void Should_agree_with_pdftotext_on_sampled_sentences()
    {
        var sampled = 0;
        var found = 0;
        foreach (var (file, text) in corpus.Texts)
        {
            var reference = RealCorpus.PdfToTextPages(file).Select(Normalize).ToList();
            var (fileSampled, fileFound) = (0, 0);
            foreach (var passage in text.Passages.Where(p => p.Index % 10 == 0))
            {
                var sentence = SentenceSplitter.Sentences(passage.Text)
                    .Select(s => LeadingBullet().Replace(s, ""))
                    .FirstOrDefault(s => s.Length >= 30 && !s.Contains('\n', StringComparison.Ordinal) && !s.EndsWith('-'));
                if (sentence is null)
                {
                    continue;
                }

                fileSampled++;
                if (reference[passage.Page - 1].Contains(Normalize(sentence), StringComparison.Ordinal))
                {
                    fileFound++;
                }
                else
                {
                    output.WriteLine($"  not in pdftotext: {file} p{passage.Page}: {sentence}");
                }
            }

            output.WriteLine($"{file}: {fileFound}/{fileSampled}");
            (sampled, found) = (sampled + fileSampled, found + fileFound);
        }

        var share = (double)found / sampled;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"agreement with pdftotext: {found}/{sampled} = {share:P1}; extraction took {corpus.Elapsed.TotalSeconds:F2} s"));
        Assert.True(sampled >= 100, $"only {sampled} samples");
        Assert.True(share >= 0.98, string.Create(CultureInfo.InvariantCulture, $"only {share:P1} of sampled sentences found verbatim in pdftotext's page text"));
    }

    /// <summary>Whitespace and control characters (pdftotext emits a few, such as BEL) collapse to one space.</summary>
    private static string Normalize(string text) =>
        Whitespace.Collapse(new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray()));

    [GeneratedRegex(@"^[•▪●■–\-›]\s*")]
    private static partial Regex LeadingBullet();
}
