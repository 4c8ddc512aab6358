using Thorbecke.Ingest.Pdf;

namespace Thorbecke.Ingest.Tests.Pdf;

public sealed class PdfTitleTests
{
    [Theory]
    [InlineData("Verkiezingsprogramma SP 2025", "Verkiezingsprogramma SP 2025")]
    [InlineData("  Doe eerlijk.  ", "Doe eerlijk.")]
    [InlineData("250816 GLPvdA_Verkiezingsprogramma-V5.indd", null)]
    [InlineData("Microsoft Word - concept programma", null)]
    [InlineData("programma_def_v3", null)]
    [InlineData("Untitled", null)]
    [InlineData("2025", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Should_keep_only_titles_a_person_wrote(string? metadata, string? expected)
    {
        Assert.Equal(expected, PdfTitle.Clean(metadata));
    }
}
