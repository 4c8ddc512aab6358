using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Thorbecke.Ingest.Docx;

/// <summary>
/// What a paragraph style means for reading: its heading level (from "Heading 2" / "Kop 2" names or
/// outline levels, following basedOn) and whether it numbers its paragraphs (list styles).
/// </summary>
internal sealed partial class DocxStyles
{
    private readonly Dictionary<string, Style> byId;
    private readonly Dictionary<string, (int Level, bool Numbered)> cache = new(StringComparer.Ordinal);

    public DocxStyles(Styles? styles)
    {
        byId = new Dictionary<string, Style>(StringComparer.Ordinal);
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                byId.TryAdd(id, style);
            }
        }
    }

    /// <summary>The heading level (1 = outermost) of a style, 0 when it is not a heading style.</summary>
    public (int Level, bool Numbered) Describe(string? styleId)
    {
        if (styleId is null)
        {
            return (0, false);
        }

        if (!cache.TryGetValue(styleId, out var described))
        {
            cache[styleId] = described = Resolve(styleId, 0);
        }

        return described;
    }

    private (int Level, bool Numbered) Resolve(string styleId, int depth)
    {
        var level = LevelFromName(styleId);
        byId.TryGetValue(styleId, out var style);
        if (level == 0 && style?.StyleName?.Val?.Value is { } name)
        {
            level = LevelFromName(name);
        }

        if (level == 0 && style?.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
        {
            level = outline + 1;
        }

        var numbered = style?.StyleParagraphProperties?.NumberingProperties is not null;
        if (style?.BasedOn?.Val?.Value is { } parent && depth < 8 && (level == 0 || !numbered))
        {
            var inherited = Resolve(parent, depth + 1);
            level = level == 0 ? inherited.Level : level;
            numbered |= inherited.Numbered;
        }

        return (level, numbered);
    }

    private static int LevelFromName(string name)
    {
        var match = HeadingName().Match(name);
        if (match.Success)
        {
            return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        return TitleName().IsMatch(name) ? 1 : 0;
    }

    [GeneratedRegex(@"^(?:heading|kop)\s*([1-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();

    [GeneratedRegex(@"^(?:title|titel)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleName();
}
