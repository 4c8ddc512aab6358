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

    public static string Corrupt(string detail) => $"{CorruptPrefix}: {detail}";
}
