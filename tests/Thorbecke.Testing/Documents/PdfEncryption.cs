using System.Security.Cryptography;

namespace Thorbecke.Testing.Documents;

/// <summary>
/// The PDF Standard security handler, revision 2 (40-bit RC4), enough to write a file that really
/// needs its user password: tools such as qpdf open it with the password and nothing opens it without.
/// </summary>
/// <remarks>MD5 and RC4 are what the PDF 1.4 format prescribes here; this only writes test fixtures.</remarks>
#pragma warning disable CA5351 // Broken cryptographic algorithm: required by the file format being reproduced.
internal static class PdfEncryption
{
    public const int Permissions = -44;

    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    public static byte[] OwnerValue(string ownerPassword, string userPassword)
    {
        var key = MD5.HashData(Pad(ownerPassword))[..5];
        return Rc4(key, Pad(userPassword));
    }

    public static byte[] FileKey(string userPassword, byte[] ownerValue, byte[] fileId)
    {
        var permissions = BitConverter.GetBytes(Permissions);
        if (!BitConverter.IsLittleEndian)
        {
            Array.Reverse(permissions);
        }

        return MD5.HashData([.. Pad(userPassword), .. ownerValue, .. permissions, .. fileId])[..5];
    }

    public static byte[] UserValue(byte[] fileKey) => Rc4(fileKey, Padding);

    /// <summary>Encrypts a string or stream of object <paramref name="number"/> (generation 0).</summary>
    public static byte[] EncryptObject(byte[] fileKey, int number, byte[] data)
    {
        byte[] salt = [(byte)number, (byte)(number >> 8), (byte)(number >> 16), 0, 0];
        var key = MD5.HashData([.. fileKey, .. salt])[..Math.Min(fileKey.Length + 5, 16)];
        return Rc4(key, data);
    }

    private static byte[] Pad(string password)
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes(password);
        return [.. bytes.Take(32), .. Padding.Take(32 - Math.Min(32, bytes.Length))];
    }

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }

        var output = new byte[data.Length];
        for (int n = 0, i = 0, j = 0; n < data.Length; n++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            output[n] = (byte)(data[n] ^ s[(s[i] + s[j]) & 0xFF]);
        }

        return output;
    }
}
#pragma warning restore CA5351
