namespace Thorbecke.SampleGenerator;

/// <summary>
/// A programme as written in samples/src: '#' title, '##'/'###' headings, '-' bullets, paragraphs separated
/// by blank lines, and '&lt;!-- pagina --&gt;' where a new page starts.
/// </summary>
internal sealed record SampleProgramme(string Title, IReadOnlyList<IReadOnlyList<SampleBlock>> Pages)
{
    private const string PageBreak = "<!-- pagina -->";

    public static SampleProgramme Parse(string markdown)
    {
        var title = "";
        var pages = new List<IReadOnlyList<SampleBlock>>();
        var page = new List<SampleBlock>();
        foreach (var raw in markdown.Replace("\r", "", StringComparison.Ordinal).Split("\n\n"))
        {
            var block = raw.Trim();
            if (block.Length == 0)
            {
                continue;
            }

            if (block == PageBreak)
            {
                pages.Add(page);
                page = [];
                continue;
            }

            foreach (var line in block.StartsWith('-') ? block.Split('\n') : [block.Replace('\n', ' ')])
            {
                var text = line.Trim().Replace("**", "", StringComparison.Ordinal);
                if (text.StartsWith("# ", StringComparison.Ordinal))
                {
                    title = text[2..];
                    page.Add(new SampleBlock(SampleBlockKind.Heading, title, 1));
                }
                else if (text.StartsWith('#'))
                {
                    var level = text.TakeWhile(c => c == '#').Count();
                    page.Add(new SampleBlock(SampleBlockKind.Heading, text[level..].Trim(), level));
                }
                else if (text.StartsWith("- ", StringComparison.Ordinal))
                {
                    page.Add(new SampleBlock(SampleBlockKind.Bullet, text[2..], 0));
                }
                else
                {
                    page.Add(new SampleBlock(SampleBlockKind.Paragraph, text, 0));
                }
            }
        }

        pages.Add(page);
        return new SampleProgramme(title, pages);
    }
}

/// <summary>A heading, paragraph or bullet of a sample programme.</summary>
internal sealed record SampleBlock(SampleBlockKind Kind, string Text, int Level);

/// <summary>The kinds of block the samples use.</summary>
internal enum SampleBlockKind
{
    Heading,
    Paragraph,
    Bullet,
}
