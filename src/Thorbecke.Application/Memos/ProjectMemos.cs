using Thorbecke.Application.Timelines;
using Thorbecke.Core.Scanning;
using Thorbecke.Reports;
using Thorbecke.Reports.Memos;

namespace Thorbecke.Application.Memos;

/// <summary>The memo the CLI and the web app give for an ask or a theme: the report's timelines (with reviews) and the amounts on them.</summary>
public static class ProjectMemos
{
    /// <param name="report">The latest report, with the analysts' reviews laid over it.</param>
    /// <param name="money">The amounts found in the documents (kept by the web app, made per command by the CLI).</param>
    /// <param name="subject">An ask or theme without a <see cref="MemoSubject.Problem"/>.</param>
    /// <param name="made">The day printed on the memo.</param>
    public static Memo Build(ScanReport report, DocumentMoney money, MemoSubject subject, DateOnly made)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(money);
        ArgumentNullException.ThrowIfNull(subject);
        if (subject.Problem(report.Agenda) is { } problem)
        {
            throw new ArgumentException(problem, nameof(subject));
        }

        var theme = subject.ThemeOf(report.Agenda);
        var chosen = ProjectTimelines.For(report)
            .Where(t => theme is null ? string.Equals(t.Ask.Id, subject.Ask!.Trim(), StringComparison.Ordinal) : string.Equals(t.Ask.Theme, theme, StringComparison.Ordinal))
            .ToList();
        // Only the documents that speak to the memo's asks are read for money: reading one costs about a second.
        var amounts = money.Amounts(report, chosen.SelectMany(t => t.Steps).Select(s => s.Document.Id));
        var builder = new MemoBuilder(new DocumentLabels(report.Documents), amounts, report.Agenda.Title, made);
        return theme is null ? builder.ForAsk(chosen.Single()) : builder.ForTheme(theme, chosen);
    }
}
