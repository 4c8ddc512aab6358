namespace Thorbecke.Reports.Tests;

/// <summary>The column labels the static report and the web pages share.</summary>
public class DocumentLabelsTests
{
    [Fact]
    public void Should_label_a_document_by_its_party_and_add_the_file_only_where_a_party_has_two()
    {
        var draft = SampleReports.Document("alpha-concept.pdf", "Partij Alpha", "Concept", "TK2025", 30);
        var final = SampleReports.Document("alpha.pdf", "Partij Alpha", "Definitief", "TK2025", 48);
        var beta = SampleReports.Document("beta.docx", "Bèta-Beweging", "Programma", null, 12);

        var labels = new DocumentLabels([draft, final, beta]);

        Assert.Equal(["Partij Alpha (alpha-concept)", "Partij Alpha (alpha)", "Bèta-Beweging"], new[] { draft, final, beta }.Select(labels.For));
    }
}
