using System.Text;
using Microsoft.AspNetCore.Http;
using Thorbecke.Application.Memos;
using Thorbecke.Reports.Memos;

namespace Thorbecke.Web.Exports;

/// <summary>
/// The memo of an ask (<c>?vraag=formatie-01</c>) or a theme (<c>?thema=...</c>) as a Word or Markdown download, from
/// the latest scan with the reviews in place, made today. A wrong ask or theme is answered in Dutch with the choices.
/// </summary>
internal static class MemoHandlers
{
    public const string DocxPath = "/memo.docx";
    public const string MarkdownPath = "/memo.md";

    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string MarkdownType = "text/markdown; charset=utf-8";

    public static IResult Docx(ReportSource source, HttpRequest request) => Download(source, request, "docx");

    public static IResult Markdown(ReportSource source, HttpRequest request) => Download(source, request, "md");

    /// <summary>The link to an ask's memo; <paramref name="extension"/> is docx or md.</summary>
    public static string ForAsk(string askId, string extension) => $"/memo.{extension}?vraag={Uri.EscapeDataString(askId)}";

    /// <summary>The link to a theme's memo; <paramref name="extension"/> is docx or md.</summary>
    public static string ForTheme(string theme, string extension) => $"/memo.{extension}?thema={Uri.EscapeDataString(theme)}";

    private static IResult Download(ReportSource source, HttpRequest request, string extension)
    {
        if (source.Latest() is not { } report)
        {
            return Message(Api.ApiHandlers.NoScan, StatusCodes.Status404NotFound);
        }

        var subject = new MemoSubject(request.Query["vraag"], request.Query["thema"]);
        if (string.IsNullOrWhiteSpace(subject.Ask) == string.IsNullOrWhiteSpace(subject.Theme))
        {
            return Message("Geef voor het memo één vraag (?vraag=formatie-01) of één thema (?thema=...) op, niet allebei.", StatusCodes.Status400BadRequest);
        }

        if (subject.Problem(report.Agenda) is { } problem)
        {
            return Message(problem, StatusCodes.Status404NotFound);
        }

        var memo = ProjectMemos.Build(report, source.Money, subject, DateOnly.FromDateTime(DateTime.Now));
        var fileName = subject.FileName(report.Agenda, extension);
        if (extension == "md")
        {
            return Results.File(new UTF8Encoding(false).GetBytes(MemoMarkdownWriter.ToMarkdown(memo)), MarkdownType, fileName);
        }

        // Buffered: the writer is synchronous, and Kestrel refuses synchronous writes to the response body.
        using var buffer = new MemoryStream();
        MemoDocxWriter.Write(memo, buffer);
        return Results.File(buffer.ToArray(), DocxType, fileName);
    }

    private static IResult Message(string text, int status) => Results.Text(text, "text/plain; charset=utf-8", Encoding.UTF8, status);
}
