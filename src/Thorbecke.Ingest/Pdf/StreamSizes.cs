using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Thorbecke.Ingest.Pdf;

/// <summary>
/// Unpacks or measures PDF stream data under a byte limit, before PdfPig unpacks it whole into memory. Flate and LZW
/// reach ratios of a thousand to one and more, so a 1 MB file can hold gigabytes; stopping at the limit costs nothing.
/// </summary>
internal static class StreamSizes
{
    /// <summary>
    /// The flate data unpacked, or null when it would pass <paramref name="limit"/>. Damaged data ends the output where
    /// it breaks, as PDF readers do; the two zlib header bytes are skipped when present, as PdfPig does.
    /// </summary>
    public static Memory<byte>? Inflate(ReadOnlyMemory<byte> input, long limit)
    {
        var skip = input.Length >= 2 && (input.Span[0] & 0x0F) == 8 && ((input.Span[0] << 8) | input.Span[1]) % 31 == 0 ? 2 : 0;
        using var source = Stream(input[skip..]);
        using var deflate = new DeflateStream(source, CompressionMode.Decompress);

        // Content streams unpack to a few times their size; starting near that saves the copies of a growing buffer.
        using var output = new MemoryStream((int)Math.Min(limit, Math.Max(4096L, input.Length * 4L)));
        var buffer = ArrayPool<byte>.Shared.Rent(81_920);
        try
        {
            int read;
            while ((read = deflate.Read(buffer)) > 0)
            {
                if (output.Length + read > limit)
                {
                    return null;
                }

                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            // What came before the damage is still the stream's content.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return new Memory<byte>(output.GetBuffer(), 0, (int)output.Length);
    }

    /// <summary>A read-only stream over the input without copying it when it is backed by an array, as PdfPig's always is.</summary>
    private static MemoryStream Stream(ReadOnlyMemory<byte> input) =>
        MemoryMarshal.TryGetArray(input, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(input.ToArray(), writable: false);

    /// <summary>How many bytes LZW data unpacks to, counting each code's string length instead of building it.</summary>
    public static long LzwSize(ReadOnlySpan<byte> input, bool earlyChange)
    {
        const int Clear = 256, End = 257;
        Span<int> lengths = stackalloc int[4096];
        long total = 0;
        int next = 258, width = 9, previous = -1;
        long bits = 0;
        int bitCount = 0, position = 0;
        while (true)
        {
            while (bitCount < width && position < input.Length)
            {
                bits = (bits << 8) | input[position++];
                bitCount += 8;
            }

            if (bitCount < width)
            {
                return total;
            }

            var code = (int)((bits >> (bitCount - width)) & ((1 << width) - 1));
            bitCount -= width;
            if (code == End)
            {
                return total;
            }

            if (code == Clear)
            {
                (next, width, previous) = (258, 9, -1);
                continue;
            }

            var length = code < 256 ? 1 : code < next ? lengths[code] : previous >= 0 ? LengthOf(lengths, previous) + 1 : 1;
            total += length;
            if (previous >= 0 && next < 4096)
            {
                lengths[next++] = LengthOf(lengths, previous) + 1;
            }

            previous = code;
            var boundary = next + (earlyChange ? 1 : 0);
            width = boundary >= 2048 ? 12 : boundary >= 1024 ? 11 : boundary >= 512 ? 10 : 9;
        }
    }

    /// <summary>How many bytes run-length data unpacks to (PDF's RunLengthDecode, at most 128 to 1).</summary>
    public static long RunLengthSize(ReadOnlySpan<byte> input)
    {
        long total = 0;
        var i = 0;
        while (i < input.Length && input[i] != 128)
        {
            var length = input[i];
            if (length < 128)
            {
                total += length + 1;
                i += length + 2;
            }
            else
            {
                total += 257 - length;
                i += 2;
            }
        }

        return total;
    }

    private static int LengthOf(Span<int> lengths, int code) => code < 256 ? 1 : lengths[code];
}
