using System.Globalization;
using System.Xml;

namespace Thorbecke.Ingest.Limits;

/// <summary>XML parse errors in Dutch: .NET's messages are English and name internals a user cannot act on.</summary>
internal static class XmlReasons
{
    public static string Describe(XmlException e)
    {
        var where = e.LineNumber > 0
            ? string.Create(CultureInfo.InvariantCulture, $"regel {e.LineNumber}, kolom {e.LinePosition}: ")
            : "";
        return where + (IsDtd(e)
            ? "het bevat een documenttypedefinitie (DTD), die Thorbecke om veiligheidsredenen niet leest"
            : "de XML is ongeldig of afgebroken");
    }

    /// <summary>DTDs are how XML entity bombs and external-entity attacks work; the reader never processes them.</summary>
    private static bool IsDtd(XmlException e) =>
        e.Message.Contains("DTD", StringComparison.Ordinal) || e.Message.Contains("DOCTYPE", StringComparison.OrdinalIgnoreCase);
}
