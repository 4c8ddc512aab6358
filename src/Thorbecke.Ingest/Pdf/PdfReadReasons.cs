using Thorbecke.Core.Text;

namespace Thorbecke.Ingest.Pdf;

/// <summary>The Dutch reasons a PDF cannot be read, as users see them in the scan report.</summary>
public static class PdfReadReasons
{
    public const string Encrypted = "het bestand is versleuteld met een wachtwoord";

    public const string CorruptPrefix = "het bestand is beschadigd of geen geldige PDF";

    public const string NoPages = "het bestand bevat geen pagina's";

    public const string NoTextLayer = "het bestand bevat geen tekstlaag (alleen afbeeldingen; gescand?) en OCR wordt niet ondersteund";

    public const string NoText = "het bestand bevat geen tekst (alle pagina's zijn leeg)";

    public const string Empty = "het bestand is leeg (0 bytes)";

    public const string Truncated = "het bestand is onvolledig: het einde van de PDF ontbreekt (afgebroken bij het downloaden of kopiëren?); haal het opnieuw op";

    public static string Corrupt(string detail) => $"{CorruptPrefix}: {detail}";

    public static string PageTreeTooLarge(int limit) =>
        $"de paginaboom van de PDF heeft meer dan {Dutch.Number(limit)} knopen; het bestand is beschadigd of gemaakt om programma's te laten vastlopen";
}
