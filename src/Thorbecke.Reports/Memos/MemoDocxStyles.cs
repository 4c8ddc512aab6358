using DocumentFormat.OpenXml.Wordprocessing;

namespace Thorbecke.Reports.Memos;

/// <summary>
/// The Word styles of a memo, with Word's own ids and names (Title, heading 1-3, Quote, header), so the memo's headings
/// show in Word's navigation pane and a reader can restyle the memo with their house style. Text is marked Dutch so
/// Word checks its spelling as Dutch.
/// </summary>
internal static class MemoDocxStyles
{
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Quote = "Quote";
    public const string Header = "Header";

    private const string Accent = "1F3864";

    public static string Heading(int level) => $"Heading{level}";

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                new FontSize { Val = "22" },
                new FontSizeComplexScript { Val = "22" },
                new Languages { Val = "nl-NL" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Paragraph(Title, "Title", 10, new StyleParagraphProperties(new SpacingBetweenLines { After = "80" }), Run(bold: true, size: 40, color: Accent)),
        Paragraph(Subtitle, "Subtitle", 11, new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }), Run(italic: true, size: 20, color: "595959")),
        HeadingStyle(1, 32, before: "360"),
        HeadingStyle(2, 26, before: "240"),
        HeadingStyle(3, 22, before: "200"),
        Paragraph(Quote, "Quote", 29, new StyleParagraphProperties(new Indentation { Left = "567", Right = "567" }), Run(italic: true, color: "404040")),
        Paragraph(Header, "header", 99, new StyleParagraphProperties(new Justification { Val = JustificationValues.Right }), Run(size: 18, color: "595959")));

    private static Style HeadingStyle(int level, int size, string before) => Paragraph(
        Heading(level),
        $"heading {level}",
        9,
        new StyleParagraphProperties(
            new KeepNext(),
            new SpacingBetweenLines { Before = before, After = "80" },
            new OutlineLevel { Val = level - 1 }),
        Run(bold: true, size: size, color: Accent));

    private static Style Paragraph(string id, string name, int priority, StyleParagraphProperties paragraph, StyleRunProperties run) =>
        new(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new UIPriority { Val = priority },
            new PrimaryStyle(),
            paragraph,
            run)
        { Type = StyleValues.Paragraph, StyleId = id };

    private static StyleRunProperties Run(bool bold = false, bool italic = false, int size = 0, string? color = null)
    {
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        if (italic)
        {
            run.Append(new Italic());
        }

        if (color is not null)
        {
            run.Append(new Color { Val = color });
        }

        if (size > 0)
        {
            run.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        return run;
    }
}
