using System.Text;
using Microsoft.AspNetCore.Http;
using Thorbecke.Core.Text;
using Thorbecke.Core.Uploads;
using Thorbecke.Ingest;

namespace Thorbecke.Web.Uploads;

/// <summary>
/// What the app accepts from a browser: only the types Thorbecke can read, each file within the size limit, PDFs and
/// DOCX files that at least start like one. A damaged file that passes is still refused per file by the scan.
/// </summary>
internal static class UploadRules
{
    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipSignature = "PK\u0003\u0004"u8.ToArray();

    public static async Task<UploadCheck> ReadAsync(IFormFileCollection files, long maxFileBytes, CancellationToken cancellationToken)
    {
        if (files.Count == 0 || files.All(f => f.Length == 0 && string.IsNullOrEmpty(f.FileName)))
        {
            return UploadCheck.Fail("Kies een of meer bestanden om toe te voegen.");
        }

        var read = new List<UploadedFile>();
        var refused = new List<UploadFile>();
        foreach (var file in files)
        {
            var name = SafeName(file.FileName);
            if (Refusal(file, name, maxFileBytes) is { } reason)
            {
                refused.Add(new UploadFile(name, UploadFileOutcome.Refused, reason));
                continue;
            }

            using var buffer = new MemoryStream((int)file.Length);
            await using (var stream = file.OpenReadStream())
            {
                await stream.CopyToAsync(buffer, cancellationToken);
            }

            var content = buffer.ToArray();
            if (WrongSignature(Path.GetExtension(name).ToLowerInvariant(), content) is { } expected)
            {
                refused.Add(new UploadFile(name, UploadFileOutcome.Refused, $"de inhoud is geen {expected}, al zegt de naam van wel."));
                continue;
            }

            read.Add(new UploadedFile(name, content));
        }

        return new UploadCheck(read, refused, null);
    }

    /// <summary>Why a file is refused before it is read: its type or its size; null when it may go on.</summary>
    private static string? Refusal(IFormFile file, string name, long maxFileBytes)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        return !DocumentReaders.Extensions.Contains(extension, StringComparer.Ordinal)
            ? $"bestanden {(extension.Length == 0 ? "zonder extensie" : $"van het type {extension}")} kan Thorbecke niet lezen; toegestaan zijn {string.Join(", ", DocumentReaders.Extensions)}."
            : file.Length > maxFileBytes ? $"het bestand is groter dan {Dutch.Size(maxFileBytes)}."
            : file.Length == 0 ? "het bestand is leeg."
            : null;
    }

    /// <summary>The party as typed, without control characters and at most 100 characters; null when empty.</summary>
    public static string? CleanParty(string party)
    {
        var clean = new string([.. party.Where(c => !char.IsControl(c))]).Trim();
        return clean.Length == 0 ? null : clean[..Math.Min(clean.Length, 100)].Trim();
    }

    /// <summary>The name without any folder a browser may send, and without characters that do not belong in one.</summary>
    public static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var clean = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            clean.Append(char.IsControl(c) || c is '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        }

        var result = clean.ToString().Trim();
        return result.Length == 0 ? "bestand" : result;
    }

    private static string? WrongSignature(string extension, byte[] content) => extension switch
    {
        ".pdf" when content.AsSpan(0, Math.Min(content.Length, 1024)).IndexOf(PdfSignature) < 0 => "PDF",
        ".docx" when !content.AsSpan().StartsWith(ZipSignature) => "Word-document (DOCX)",
        _ => null,
    };
}
