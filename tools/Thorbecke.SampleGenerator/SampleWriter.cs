using Thorbecke.Testing.Documents;

namespace Thorbecke.SampleGenerator;

/// <summary>Writes a sample programme with the same builders the tests use for their fixture files.</summary>
internal static class SampleWriter
{
    /// <summary>
    /// The PDF builder's standard 14 fonts have no euro sign and no ö or ï; programmes print "EUR" often enough,
    /// and the DOCX sample keeps the original characters.
    /// </summary>
    private static string ForStandardFonts(string text) => text
        .Replace("€ ", "EUR ", StringComparison.Ordinal).Replace("€", "EUR ", StringComparison.Ordinal)
        .Replace('ö', 'o').Replace('ï', 'i').Replace('“', '"').Replace('”', '"').Replace('‘', '\'').Replace('’', '\'');

    /// <summary>Splits a page of the source at block boundaries where it holds more than one A4 page of text.</summary>
    private static IEnumerable<IReadOnlyList<SampleBlock>> FitOnPdfPages(IReadOnlyList<SampleBlock> blocks)
    {
        const int charactersPerPage = 4200;
        var page = new List<SampleBlock>();
        var used = 0;
        foreach (var block in blocks)
        {
            var size = block.Text.Length + 120;
            if (page.Count > 0 && used + size > charactersPerPage)
            {
                yield return page;
                (page, used) = ([], 0);
            }

            page.Add(block);
            used += size;
        }

        yield return page;
    }

    public static void Write(SampleProgramme programme, SampleDocument document, string path)
    {
        if (document.Format == SampleFormat.Pdf)
        {
            var pdf = new PdfFixtureBuilder()
                .WithTitle(programme.Title)
                .WithRunningHeader($"{document.Party} | Verkiezingsprogramma 2025")
                .WithFooter($"{document.Party}: dichtbij en betrouwbaar");
            foreach (var page in programme.Pages.SelectMany(FitOnPdfPages))
            {
                pdf.AddPage(content =>
                {
                    foreach (var block in page)
                    {
                        var text = ForStandardFonts(block.Text);
                        _ = block.Kind switch
                        {
                            SampleBlockKind.Heading => content.Heading(text, block.Level),
                            SampleBlockKind.Bullet => content.Bullet(text),
                            _ => content.Paragraph(text),
                        };
                    }
                });
            }

            pdf.WriteTo(path);
            return;
        }

        var docx = new DocxFixtureBuilder().WithTitle(programme.Title);
        for (var i = 0; i < programme.Pages.Count; i++)
        {
            if (i > 0)
            {
                docx.PageBreak();
            }

            foreach (var block in programme.Pages[i])
            {
                _ = block.Kind switch
                {
                    SampleBlockKind.Heading => docx.Heading(block.Text, block.Level),
                    SampleBlockKind.Bullet => docx.Bullet(block.Text),
                    _ => docx.Paragraph(block.Text),
                };
            }
        }

        docx.WriteTo(path);
    }
}
