using System.Text;

namespace Thorbecke.Reports.Memos;

/// <summary>
/// Writes a <see cref="Memo"/> as Markdown, to paste into a mail or a wiki: the title, one section per ask with its
/// status and commitment, then the timeline, each document a heading with its quote as a block quote.
/// </summary>
public static class MemoMarkdownWriter
{
    public static string ToMarkdown(Memo memo)
    {
        ArgumentNullException.ThrowIfNull(memo);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(memo.Title)).AppendLine();
        md.Append('_').Append(Escape(memo.MadeLine)).AppendLine("_").AppendLine();
        if (memo.Summary is { } summary)
        {
            WriteSummary(md, summary);
        }

        foreach (var ask in memo.Asks)
        {
            WriteAsk(md, ask);
        }

        return md.ToString().TrimEnd() + "\n";
    }

    /// <summary>Writes the memo as UTF-8 (without a byte order mark) to <paramref name="stream"/> and leaves it open.</summary>
    public static void Write(Memo memo, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = new UTF8Encoding(false).GetBytes(ToMarkdown(memo));
        stream.Write(bytes);
    }

    private static void WriteSummary(StringBuilder md, MemoSummary summary)
    {
        md.AppendLine("## Overzicht").AppendLine();
        md.AppendLine(Escape(summary.CountLine)).AppendLine();
        md.Append("| ").Append(string.Join(" | ", MemoSummary.Columns)).AppendLine(" |");
        md.Append('|').Append(string.Concat(MemoSummary.Columns.Select(_ => "---|"))).AppendLine();
        foreach (var row in summary.Rows)
        {
            md.Append("| ").Append(Cell(row.Ask)).Append(" | ").Append(Cell(row.Status)).Append(" | ").Append(Cell(row.Commitment)).AppendLine(" |");
        }

        md.AppendLine();
    }

    private static void WriteAsk(StringBuilder md, MemoAsk ask)
    {
        md.Append("## ").AppendLine(Escape(ask.Heading)).AppendLine();
        md.AppendLine(Escape(ask.ThemeLine)).AppendLine();
        md.Append("**").Append(Escape(ask.StatusLine)).AppendLine("**").AppendLine();
        if (ask.CommitmentLine is { } commitment)
        {
            md.AppendLine(Escape(commitment)).AppendLine();
        }

        WriteEntries(md, MemoAsk.TimelineHeading, ask.Dated);
        WriteEntries(md, MemoAsk.UndatedHeading, ask.Undated);
        if (ask.SilentLine is { } silent)
        {
            md.AppendLine(Escape(silent)).AppendLine();
        }
    }

    private static void WriteEntries(StringBuilder md, string heading, IReadOnlyList<MemoEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        md.Append("### ").AppendLine(heading).AppendLine();
        foreach (var entry in entries)
        {
            WriteEntry(md, entry);
        }
    }

    private static void WriteEntry(StringBuilder md, MemoEntry entry)
    {
        md.Append("#### ").AppendLine(Escape(entry.Heading)).AppendLine();
        md.AppendLine(Escape(entry.Verdict)).AppendLine();
        if (entry.QuotedText is { } quote)
        {
            md.Append("> ").Append(Escape(quote)).Append(" (").Append(Escape(entry.Page!)).AppendLine(")").AppendLine();
        }

        foreach (var amount in entry.Amounts)
        {
            md.AppendLine(Escape(amount)).AppendLine();
        }

        if (entry.Comment is { } comment)
        {
            md.AppendLine(Escape(comment)).AppendLine();
        }
    }

    private static string Cell(string text) => Escape(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>
    /// Keeps document text literal: characters Markdown would read as emphasis, links, code or HTML are escaped, and a
    /// line break (a quote never needs one) becomes a space so a block quote or heading stays one line.
    /// </summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                escaped.Append(' ');
                continue;
            }

            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
