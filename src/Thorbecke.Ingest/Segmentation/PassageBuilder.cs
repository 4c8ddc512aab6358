using Thorbecke.Core.Documents;
using Thorbecke.Core.Text;
using Thorbecke.Ingest.Limits;
using Thorbecke.Text.Sentences;

namespace Thorbecke.Ingest.Segmentation;

/// <summary>
/// Turns the blocks that a reader found into pages and passages, the same way for every format:
/// the page text is every line in reading order joined by '\n', and a passage is a run of whole lines
/// of that text, so every passage occurs verbatim in its page.
/// </summary>
public static class PassageBuilder
{
    public static ExtractedText Build(IReadOnlyList<PageLayout> layouts, string? title = null, PassageOptions? options = null, ReadLimits? limits = null)
    {
        options ??= PassageOptions.Default;
        limits ??= ReadLimits.Default;
        if (layouts.Count > limits.MaxPages)
        {
            throw new DocumentReadException(LimitReasons.TooManyPages(layouts.Count, limits.MaxPages));
        }

        var pages = new List<Page>(layouts.Count);
        long chars = 0;
        var passages = new List<Passage>();
        var headings = new List<(int Level, string Title)>();
        foreach (var layout in layouts)
        {
            var cleaned = layout.Blocks
                .Select(b => b with { Lines = b.Lines.Select(CleanLine).Where(l => l.Length > 0).ToList() })
                .Where(b => b.Lines.Count > 0)
                .ToList();
            var page = new Page(layout.Number, string.Join('\n', cleaned.SelectMany(b => b.Lines)));
            chars += page.Text.Length;
            if (chars > limits.MaxTextChars)
            {
                throw new DocumentReadException(LimitReasons.TooMuchText(limits.MaxTextChars));
            }

            pages.Add(page);
            AddPassages(layout.Number, cleaned, headings, passages, options);
        }

        return new ExtractedText(pages, passages, title);
    }

    private static void AddPassages(int page, List<TextBlock> blocks, List<(int Level, string Title)> headings, List<Passage> passages, PassageOptions options)
    {
        string? pending = null;
        foreach (var block in blocks)
        {
            if (block.Kind is BlockKind.Heading or BlockKind.Furniture)
            {
                // Text on either side of a heading or a footer is not adjacent in the page, so a fragment cannot join across it.
                Flush(ref pending, page, headings, passages);
                if (block.Kind == BlockKind.Heading)
                {
                    EnterHeading(headings, Math.Clamp(block.HeadingLevel, 1, options.MaxHeadingLevel), block.Title);
                }

                continue;
            }

            var text = string.Join('\n', block.Lines);
            if (pending is not null)
            {
                text = pending + "\n" + text;
                pending = null;
            }

            if (text.Length < options.MinChars)
            {
                pending = text;
                continue;
            }

            foreach (var piece in SentenceSplitter.Split(text, options.MaxChars))
            {
                passages.Add(new Passage(passages.Count, page, piece, headings.Select(h => h.Title).ToList()));
            }
        }

        Flush(ref pending, page, headings, passages);
    }

    private static void Flush(ref string? pending, int page, List<(int Level, string Title)> headings, List<Passage> passages)
    {
        // A lone "16." or "•" says nothing on its own; a short sentence does.
        if (pending is not null && pending.Any(char.IsLetter))
        {
            passages.Add(new Passage(passages.Count, page, pending, headings.Select(h => h.Title).ToList()));
        }

        pending = null;
    }

    private static void EnterHeading(List<(int Level, string Title)> headings, int level, string title)
    {
        while (headings.Count > 0 && headings[^1].Level >= level)
        {
            headings.RemoveAt(headings.Count - 1);
        }

        headings.Add((level, title));
    }

    /// <summary>One physical line: no control characters, single spaces, no surrounding blanks.</summary>
    public static string CleanLine(string line) => Whitespace.Collapse(line);
}
