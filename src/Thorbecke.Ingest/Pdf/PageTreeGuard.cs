using System.Text;
using Thorbecke.Core.Documents;
using Thorbecke.Ingest.Limits;

namespace Thorbecke.Ingest.Pdf;

/// <summary>
/// PdfPig walks the page tree recursively when it opens a file, without a depth limit: a 4 MB file with a chain of
/// 100,000 Pages nodes overflows the stack, which ends the whole process. The tree cannot be deeper than the number
/// of /Kids arrays in the file, so those are counted (in the raw bytes and in every unpacked object stream) and a file
/// with far more of them than a document of <see cref="ReadLimits.MaxPages"/> pages needs is refused first.
/// </summary>
internal sealed class PageTreeGuard(UnpackBudget budget)
{
    private static readonly byte[] Kids = Encoding.ASCII.GetBytes("Kids");
    private int count;

    /// <summary>Generous: a balanced tree has about a tenth as many nodes as pages, a flat one a single node.</summary>
    private int Limit => 2 * budget.Limits.MaxPages;

    public void Count(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        int slash;
        while ((slash = bytes[at..].IndexOf((byte)'/')) >= 0)
        {
            at += slash + 1;
            if (IsKids(bytes[at..]) && ++count > Limit)
            {
                budget.Refuse(PdfReadReasons.PageTreeTooLarge(Limit));
            }
        }
    }

    /// <summary>The name "Kids", also when written with #xx escapes ("/K#69ds"), as PDF names may be.</summary>
    private static bool IsKids(ReadOnlySpan<byte> name)
    {
        var matched = 0;
        var i = 0;
        while (matched < Kids.Length && i < name.Length)
        {
            int c = name[i];
            if (c == '#' && i + 2 < name.Length && IsHex(name[i + 1]) && IsHex(name[i + 2]))
            {
                c = (Hex(name[i + 1]) << 4) | Hex(name[i + 2]);
                i += 3;
            }
            else
            {
                i++;
            }

            if (c != Kids[matched++])
            {
                return false;
            }
        }

        return matched == Kids.Length && (i == name.Length || IsDelimiter(name[i]));
    }

    private static bool IsDelimiter(byte b) => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'\f' or 0
        or (byte)'[' or (byte)']' or (byte)'<' or (byte)'>' or (byte)'(' or (byte)')' or (byte)'/' or (byte)'%' or (byte)'{' or (byte)'}';

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static int Hex(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
