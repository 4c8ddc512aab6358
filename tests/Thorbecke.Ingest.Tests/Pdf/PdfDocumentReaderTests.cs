using Thorbecke.Core.Text;
using Thorbecke.Ingest.Pdf;
using Thorbecke.Testing.Documents;
using Thorbecke.Text.Words;

namespace Thorbecke.Ingest.Tests.Pdf;

public sealed class PdfDocumentReaderTests
{
    private const string Left1 = "De gemeente bouwt meer sociale huurwoningen voor starters en ouderen in elke wijk van de stad.";
    private const string Left2 = "Leegstaande kantoren worden omgebouwd tot betaalbare woningen met een tuin voor iedereen.";
    private const string Right1 = "Het openbaar vervoer rijdt vaker en goedkoper, ook in de kleine kernen op het platteland.";
    private const string Right2 = "Fietspaden worden breder en veiliger, zodat kinderen zelfstandig naar school kunnen fietsen.";

    private static readonly PdfDocumentReader Reader = new();

    [Fact]
    public void Should_yield_one_page_per_pdf_page_including_blank_pages()
    {
        var pdf = new PdfFixtureBuilder()
            .AddPage(p => p.Paragraph(Left1))
            .AddBlankPage()
            .AddPage(p => p.Paragraph(Right1))
            .Build();

        var text = Reader.Read(pdf, "blanco.pdf");

        Assert.Equal([1, 2, 3], text.Pages.Select(p => p.Number));
        Assert.Equal("", text.Pages[1].Text);
        Assert.Equal(3, Invariants.PassageContaining(text, "openbaar vervoer").Page);
        Invariants.AssertHold(text);
    }

    [Fact]
    public void Should_read_two_columns_column_by_column()
    {
        var pdf = new PdfFixtureBuilder()
            .AddPage(p => p.Heading("Wonen en verkeer").Paragraph(Left1).Paragraph(Left2).ColumnBreak().Paragraph(Right1).Paragraph(Right2), twoColumns: true)
            .Build();

        var text = Reader.Read(pdf, "kolommen.pdf");

        var page = Whitespace.Collapse(text.Pages[0].Text);
        var order = new[] { Left1, Left2, Right1, Right2 }.Select(s => page.IndexOf(s[..30], StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Equal(Whitespace.Collapse(Left1), Whitespace.Collapse(Invariants.PassageContaining(text, "sociale huurwoningen").Text));
        Invariants.AssertHold(text);
    }

    [Fact]
    public void Should_give_passages_their_heading_path_across_pages()
    {
        var pdf = new PdfFixtureBuilder()
            .AddPage(p => p.Heading("Wonen").Heading("Betaalbare huur", 2).Paragraph(Left1))
            .AddPage(p => p.Paragraph(Left2).Heading("Verkeer").Paragraph(Right1))
            .Build();

        var text = Reader.Read(pdf, "koppen.pdf");

        Assert.Equal(["Wonen", "Betaalbare huur"], Invariants.PassageContaining(text, "sociale huurwoningen").HeadingPath);
        Assert.Equal(["Wonen", "Betaalbare huur"], Invariants.PassageContaining(text, "Leegstaande kantoren").HeadingPath);
        Assert.Equal(["Verkeer"], Invariants.PassageContaining(text, "openbaar vervoer").HeadingPath);
        Assert.DoesNotContain(text.Passages, p => p.Text == "Wonen");
    }

    [Fact]
    public void Should_read_a_numbered_chapter_title_as_a_heading_not_a_list_item()
    {
        var pdf = new PdfFixtureBuilder().AddPage(p => p.Heading("1. De gemeente als eerste overheid").Paragraph(Left1).Paragraph(Right1)).Build();

        var text = Reader.Read(pdf, "hoofdstuk.pdf");

        Assert.Equal(["1. De gemeente als eerste overheid"], Invariants.PassageContaining(text, "sociale huurwoningen").HeadingPath);
        Assert.DoesNotContain(text.Passages, p => p.Text.Contains("eerste overheid", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_start_a_passage_at_every_bullet()
    {
        var pdf = new PdfFixtureBuilder()
            .AddPage(p => p.Heading("Zorg").Paragraph("Wij willen het volgende voor iedereen die zorg nodig heeft:")
                .Bullet("Elke wijk krijgt een eigen wijkverpleegkundige die mensen thuis bezoekt en helpt.")
                .Bullet("Mantelzorgers krijgen een vaste vergoeding en recht op respijtzorg als het even niet meer gaat."))
            .Build();

        var text = Reader.Read(pdf, "bullets.pdf");

        var first = Invariants.PassageContaining(text, "wijkverpleegkundige");
        var second = Invariants.PassageContaining(text, "Mantelzorgers");
        Assert.NotEqual(first.Index, second.Index);
        Assert.StartsWith("•", second.Text, StringComparison.Ordinal);
        Invariants.AssertHold(text);
    }

    [Fact]
    public void Should_keep_running_header_footer_and_page_numbers_out_of_passages()
    {
        var builder = new PdfFixtureBuilder().WithRunningHeader("Testprogramma 2025 - Lokaal Belang").WithFooter("Verkiezingsprogramma Lokaal Belang");
        foreach (var sentence in new[] { Left1, Left2, Right1, Right2 })
        {
            builder.AddPage(p => p.Paragraph(sentence));
        }

        var text = Reader.Read(builder.Build(), "voettekst.pdf");

        Assert.Equal(4, text.Passages.Count);
        Assert.DoesNotContain(text.Passages, p => p.Text.Contains("Lokaal Belang", StringComparison.Ordinal));
        Assert.All(text.Passages, p => Assert.DoesNotMatch(@"^\d+$", p.Text.Split('\n')[^1]));
        Assert.Contains("Testprogramma 2025 - Lokaal Belang", text.Pages[2].Text, StringComparison.Ordinal);
        Assert.Contains("\n3", text.Pages[2].Text, StringComparison.Ordinal);
        Invariants.AssertHold(text);
    }

    [Fact]
    public void Should_keep_hyphenation_in_page_text_and_join_it_for_search()
    {
        var pdf = new PdfFixtureBuilder()
            .AddPage(p => p.Lines("Iedere inwoner van onze gemeen-", "te heeft recht op een betaalbaar huis en op goede zorg dichtbij."))
            .Build();

        var text = Reader.Read(pdf, "afbreking.pdf");

        var passage = Invariants.PassageContaining(text, "gemeen- te");
        Assert.Contains("gemeen-\nte", text.Pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("onze gemeente heeft recht", SearchText.Normalize(passage.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_take_a_real_title_from_the_metadata()
    {
        var pdf = new PdfFixtureBuilder().WithTitle("Verkiezingsprogramma Lokaal Belang 2026").AddPage(p => p.Paragraph(Left1)).Build();

        Assert.Equal("Verkiezingsprogramma Lokaal Belang 2026", Reader.Read(pdf, "titel.pdf").Title);
    }

    [Fact]
    public void Should_read_dutch_accents()
    {
        var pdf = new PdfFixtureBuilder().AddPage(p => p.Paragraph("Wij zijn ééndrachtig over de financiële ruimte van de gemeente en haar inwoners.")).Build();

        Assert.Contains("ééndrachtig over de financiële ruimte", Reader.Read(pdf, "accenten.pdf").Pages[0].Text, StringComparison.Ordinal);
    }
}
