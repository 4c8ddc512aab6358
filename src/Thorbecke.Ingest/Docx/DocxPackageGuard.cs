using System.IO.Compression;
using System.Xml;
using Thorbecke.Core.Documents;
using Thorbecke.Ingest.Limits;

namespace Thorbecke.Ingest.Docx;

/// <summary>
/// Looks inside a .docx before the OpenXml SDK does. The SDK builds a tree recursively and unpacks parts whole, so a
/// 2 KB file of 10,000 nested tables overflows the stack (which no handler can catch) and a 1 MB file can unpack to
/// gigabytes. This pass unpacks every part once against an <see cref="UnpackBudget"/> and walks each XML part with a
/// streaming reader that refuses deep nesting, so only files the SDK can read safely reach it.
/// </summary>
internal static class DocxPackageGuard
{
    /// <summary>A Word document has a few dozen parts; a hundred thousand is an attack on the zip directory.</summary>
    private const int MaxParts = 10_000;

    private static readonly System.Buffers.SearchValues<byte> Whitespace = System.Buffers.SearchValues.Create(" \r\n\t"u8);

    private static readonly XmlReaderSettings Xml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        CloseInput = false,
    };

    public static void Check(byte[] content, ReadLimits limits, CancellationToken cancellationToken)
    {
        var budget = new UnpackBudget(limits);
        using var zip = OpenZip(content);
        if (zip.Entries.Count > MaxParts)
        {
            throw new DocumentReadException(LimitReasons.TooManyParts(zip.Entries.Count, MaxParts));
        }

        foreach (var entry in zip.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var unpacked = Unpack(entry, budget);
            if (LooksLikeXml(unpacked))
            {
                CheckNesting(unpacked, entry.FullName, limits.MaxNestingDepth, cancellationToken);
            }
        }
    }

    private static ZipArchive OpenZip(byte[] content)
    {
        try
        {
            return new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw new DocumentReadException($"het bestand is beschadigd of geen geldig Word-document (.docx): de zip-inhoud kan niet worden gelezen ({e.Message})", e);
        }
    }

    /// <summary>The part's bytes, counted as they unpack: the budget stops a bomb long before it fills memory.</summary>
    private static MemoryStream Unpack(ZipArchiveEntry entry, UnpackBudget budget)
    {
        var unpacked = new MemoryStream();
        try
        {
            using var counted = new CountingStream(entry.Open(), budget, entry.FullName);
            counted.CopyTo(unpacked);
        }
        catch (InvalidDataException e)
        {
            unpacked.Dispose();
            throw new DocumentReadException($"het bestand is beschadigd of geen geldig Word-document (.docx): het onderdeel {entry.FullName} kan niet worden uitgepakt ({e.Message})", e);
        }

        unpacked.Position = 0;
        return unpacked;
    }

    /// <summary>By content, not by name: a main document can be stored under any part name.</summary>
    private static bool LooksLikeXml(MemoryStream part)
    {
        var bytes = part.GetBuffer().AsSpan(0, (int)Math.Min(part.Length, 256));
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var start = bytes.IndexOfAnyExcept(Whitespace);
        return start >= 0 && bytes[start] == (byte)'<';
    }

    private static void CheckNesting(MemoryStream part, string name, int maxDepth, CancellationToken cancellationToken)
    {
        try
        {
            using var reader = XmlReader.Create(part, Xml);
            var nodes = 0;
            while (reader.Read())
            {
                if (reader.Depth > maxDepth)
                {
                    throw new DocumentReadException(LimitReasons.TooDeep(maxDepth));
                }

                if (++nodes % 65_536 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
        catch (XmlException e)
        {
            throw new DocumentReadException($"het bestand is beschadigd of geen geldig Word-document (.docx): het onderdeel {name} is geen geldige XML ({XmlReasons.Describe(e)})", e);
        }
    }
}
