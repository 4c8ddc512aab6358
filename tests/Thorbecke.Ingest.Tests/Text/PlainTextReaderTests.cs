using System.Text;
using Thorbecke.Ingest.Text;

namespace Thorbecke.Ingest.Tests.Text;

public sealed class PlainTextReaderTests
{
    private static readonly PlainTextReader Reader = new();

    [Fact]
    public void Should_split_pages_at_form_feeds()
    {
        var content = "De gemeente bouwt elk jaar vijfhonderd sociale huurwoningen.\n\fHet openbaar vervoer rijdt vaker en goedkoper in de kernen.\n";

        var text = Reader.Read(Encoding.UTF8.GetBytes(content), "programma.txt");

        Assert.Equal(2, text.Pages.Count);
        Assert.Equal(2, Invariants.PassageContaining(text, "openbaar vervoer").Page);
        Invariants.AssertHold(text);
    }

    [Fact]
    public void Should_read_markdown_headings_paragraphs_and_bullets()
    {
        var content = """
            # Programma

            ## Wonen

            De gemeente bouwt elk jaar vijfhonderd sociale huurwoningen
            voor starters en ouderen in elke wijk.

            - Leegstaande kantoren worden omgebouwd tot betaalbare woningen.
            * Huurders krijgen een eigen loket bij de gemeente en snelle hulp.

            ## Verkeer

            Het openbaar vervoer rijdt vaker en goedkoper in alle kernen.
            """;

        var text = Reader.Read(Encoding.UTF8.GetBytes(content), "programma.md");

        var housing = Invariants.PassageContaining(text, "vijfhonderd");
        Assert.Equal(["Programma", "Wonen"], housing.HeadingPath);
        Assert.Contains("huurwoningen\nvoor starters", housing.Text, StringComparison.Ordinal);
        Assert.NotEqual(Invariants.PassageContaining(text, "Leegstaande").Index, Invariants.PassageContaining(text, "Huurders").Index);
        Assert.Equal(["Programma", "Verkeer"], Invariants.PassageContaining(text, "openbaar vervoer").HeadingPath);
        Assert.Equal("Programma", text.Title);
        Invariants.AssertHold(text);
    }

    [Fact]
    public void Should_fall_back_to_latin1_for_text_that_is_not_utf8()
    {
        var content = Encoding.Latin1.GetBytes("De financiële ruimte van de gemeente groeit volgend jaar flink.");

        var text = Reader.Read(content, "oud.txt");

        Assert.Contains("financiële", text.Pages[0].Text, StringComparison.Ordinal);
    }
}
