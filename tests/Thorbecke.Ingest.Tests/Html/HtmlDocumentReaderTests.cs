using System.Text;
using Thorbecke.Ingest.Html;
using Thorbecke.Testing.Documents;

namespace Thorbecke.Ingest.Tests.Html;

public sealed class HtmlDocumentReaderTests
{
    private static readonly HtmlDocumentReader Reader = new();

    private static byte[] Page() => Encoding.UTF8.GetBytes(SimpleDocuments.Html(
        "Programma Lokaal Belang",
        ("Wonen", ["De gemeente bouwt elk jaar vijfhonderd sociale huurwoningen voor starters.", "Leegstaande kantoren worden omgebouwd tot betaalbare woningen."]),
        ("Verkeer", ["Het openbaar vervoer rijdt vaker en goedkoper, ook in de kleine kernen."])));

    [Fact]
    public void Should_read_headings_and_paragraphs_on_one_page()
    {
        var text = Reader.Read(Page(), "programma.html");

        Assert.Single(text.Pages);
        Assert.Equal(["Programma Lokaal Belang", "Wonen"], Invariants.PassageContaining(text, "vijfhonderd").HeadingPath);
        Assert.Equal(["Programma Lokaal Belang", "Verkeer"], Invariants.PassageContaining(text, "openbaar vervoer").HeadingPath);
        Assert.Equal("Programma Lokaal Belang", text.Title);
        Invariants.AssertHold(text);
    }

    [Fact]
    public void Should_drop_scripts_styles_navigation_and_footers()
    {
        var page = Reader.Read(Page(), "programma.html").Pages[0].Text;

        Assert.DoesNotContain("verborgen script", page, StringComparison.Ordinal);
        Assert.DoesNotContain("font-family", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Menu programma", page, StringComparison.Ordinal);
        Assert.DoesNotContain("voettekst", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_make_list_items_and_table_cells_blocks()
    {
        var html = "<html><body><h1>Zorg</h1><ul><li>Elke wijk krijgt een eigen wijkverpleegkundige die mensen thuis helpt.</li>"
            + "<li>Mantelzorgers krijgen een vaste vergoeding en recht op respijtzorg.</li></ul>"
            + "<table><tr><td>Het budget voor jeugdzorg groeit mee met het aantal kinderen in de gemeente.</td></tr></table></body></html>";

        var text = Reader.Read(Encoding.UTF8.GetBytes(html), "zorg.htm");

        Assert.NotEqual(Invariants.PassageContaining(text, "wijkverpleegkundige").Index, Invariants.PassageContaining(text, "Mantelzorgers").Index);
        Assert.Equal(["Zorg"], Invariants.PassageContaining(text, "jeugdzorg").HeadingPath);
        Invariants.AssertHold(text);
    }
}
