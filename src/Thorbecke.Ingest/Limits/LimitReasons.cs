using Thorbecke.Core.Text;

namespace Thorbecke.Ingest.Limits;

/// <summary>The Dutch reasons a file is refused for asking too much, as users see them in the scan report.</summary>
public static class LimitReasons
{
    public static string TooDeep(int limit) =>
        $"de opbouw van het bestand is te diep genest (meer dan {Dutch.Number(limit)} niveaus); zo'n bestand is beschadigd of gemaakt om programma's te laten vastlopen";

    public static string UnpacksTooLarge(long limit) =>
        $"de ingepakte inhoud wordt uitgepakt groter dan {Dutch.Size(limit)} (een zogenaamde zip- of flate-bom); het bestand is niet gelezen";

    public static string PartTooLarge(string part, long limit) =>
        $"het onderdeel {part} wordt uitgepakt groter dan {Dutch.Size(limit)}; het bestand is niet gelezen";

    public static string TooManyPages(long pages, int limit) =>
        $"het bestand heeft {Dutch.Count(Clamp(pages), "pagina", "pagina's")}, meer dan de {Dutch.Number(limit)} die Thorbecke per document leest; splits het in delen";

    public static string TooMuchText(int limit) =>
        $"het bestand bevat meer dan {Dutch.Number(limit)} tekens tekst, meer dan Thorbecke per document leest; splits het in delen";

    public static string MarkupTooLarge(long size, long limit) =>
        $"het bestand is {Dutch.Size(size)} groot; Thorbecke leest tekst- en HTML-bestanden tot {Dutch.Size(limit)}";

    public static string TooManyParts(int parts, int limit) =>
        $"het bestand bestaat uit {Dutch.Number(parts)} onderdelen, meer dan de {Dutch.Number(limit)} van een gewoon Word-document; het is beschadigd of gemaakt om programma's te laten vastlopen";

    private static int Clamp(long value) => (int)Math.Min(value, int.MaxValue);
}
