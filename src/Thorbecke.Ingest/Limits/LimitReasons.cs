using Thorbecke.Core.Text;

namespace Thorbecke.Ingest.Limits;

/// <summary>The Dutch reasons a file is refused for asking too much, as users see them in the scan report.</summary>
public static class LimitReasons
{
    public static string TooDeep(int limit) =>
        $"de opbouw van het bestand is te diep genest (meer dan {Number(limit)} niveaus); zo'n bestand is beschadigd of gemaakt om programma's te laten vastlopen";

    public static string UnpacksTooLarge(long limit) =>
        $"de ingepakte inhoud wordt uitgepakt groter dan {Size(limit)} (een zogenaamde zip- of flate-bom); het bestand is niet gelezen";

    public static string PartTooLarge(string part, long limit) =>
        $"het onderdeel {part} wordt uitgepakt groter dan {Size(limit)}; het bestand is niet gelezen";

    public static string TooManyPages(long pages, int limit) =>
        $"het bestand heeft {Dutch.Count(Clamp(pages), "pagina", "pagina's")}, meer dan de {Number(limit)} die Thorbecke per document leest; splits het in delen";

    public static string TooMuchText(int limit) =>
        $"het bestand bevat meer dan {Number(limit)} tekens tekst, meer dan Thorbecke per document leest; splits het in delen";

    public static string MarkupTooLarge(long size, long limit) =>
        $"het bestand is {Size(size)} groot; Thorbecke leest tekst- en HTML-bestanden tot {Size(limit)}";

    public static string TooManyParts(int parts, int limit) =>
        $"het bestand bestaat uit {Number(parts)} onderdelen, meer dan de {Number(limit)} van een gewoon Word-document; het is beschadigd of gemaakt om programma's te laten vastlopen";

    public static string Size(long bytes) => Dutch.Size(bytes);

    private static string Number(long value) => Dutch.Number(value);

    private static int Clamp(long value) => (int)Math.Min(value, int.MaxValue);
}
