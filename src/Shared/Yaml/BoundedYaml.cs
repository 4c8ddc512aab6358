using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Thorbecke.Yaml;

/// <summary>
/// Loads YAML (and so JSON) into YamlDotNet's object model only after a pass over the parser's events has checked
/// <see cref="YamlLimits"/>. That pass keeps no tree and does not recurse, so a file nested 100,000 levels deep or
/// built from references that multiply costs a few milliseconds and a Dutch error instead of a stack overflow.
/// </summary>
internal static class BoundedYaml
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The loaded stream, or a <see cref="YamlRefusedException"/> with a Dutch message and its place.</summary>
    public static YamlStream Load(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > YamlLimits.MaxSize)
        {
            throw new YamlRefusedException(1, 1, TooLarge(text.Length), exceedsLimit: true);
        }

        Check(text);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw Syntax(e);
        }

        return stream;
    }

    /// <summary>The Dutch reason a file of <paramref name="bytes"/> bytes is refused, or null when its size is fine.</summary>
    public static string? CheckFileSize(long bytes) => bytes > YamlLimits.MaxSize ? TooLarge(bytes) : null;

    private static void Check(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var aliases = 0;
        var nodes = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                if (current is NodeEvent && ++nodes > YamlLimits.MaxNodes)
                {
                    throw Refused(current, $"het bestand bevat meer dan {Number(YamlLimits.MaxNodes)} waarden");
                }

                switch (current)
                {
                    case MappingStart or SequenceStart when ++depth > YamlLimits.MaxDepth:
                        throw Refused(current, $"het bestand is dieper genest dan {YamlLimits.MaxDepth} niveaus (lijsten of objecten in elkaar)");
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                    case AnchorAlias when ++aliases > YamlLimits.MaxAliases:
                        throw Refused(current, $"het bestand verwijst meer dan {YamlLimits.MaxAliases} keer naar een anker (*naam); schrijf de waarden uit");
                    case Scalar { Value.Length: > YamlLimits.MaxScalarLength } scalar:
                        throw Refused(current, $"een tekst van {Number(scalar.Value.Length)} tekens is te lang (hoogstens {Number(YamlLimits.MaxScalarLength)})");
                }
            }
        }
        catch (YamlException e)
        {
            throw Syntax(e);
        }
    }

    private static YamlRefusedException Refused(ParsingEvent at, string message) =>
        new((int)at.Start.Line, (int)at.Start.Column, message, exceedsLimit: true);

    private static YamlRefusedException Syntax(YamlException e) =>
        new((int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column), YamlErrorText.Translate(e.Message), exceedsLimit: false);

    private static string TooLarge(long size) =>
        $"het bestand is te groot ({Megabytes(size)} MB; hoogstens {Megabytes(YamlLimits.MaxSize)} MB)";

    private static string Megabytes(long size) => (size / (1024m * 1024m)).ToString("0.#", Dutch);

    private static string Number(int value) => value.ToString("N0", Dutch);
}
