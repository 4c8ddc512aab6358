using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Reports.Html;

/// <summary>
/// The detail of one ask: its text and, per document, the verdict that counts (the reviewer's where there is one),
/// confidence, rationale and the evidence quotes with their page numbers. Documents that do not mention the ask are listed compactly
/// at the end so the evidence that matters stays on screen.
/// </summary>
internal static class HtmlAskSection
{
    public static void WriteAll(TextWriter w, HtmlReportContext context)
    {
        w.WriteLine("<section id=\"asks\" class=\"block\">");
        w.WriteLine("<h2>Onderbouwing per ask</h2>");
        foreach (var theme in context.Grid.Agenda.Themes)
        {
            w.WriteLine($"<div class=\"theme-block\" data-theme=\"{HtmlText.E(theme)}\">");
            w.WriteLine($"<h3 class=\"theme-title\">{HtmlText.E(theme)}</h3>");
            foreach (var ask in context.Grid.Agenda.Asks.Where(a => string.Equals(a.Theme, theme, StringComparison.Ordinal)))
            {
                Write(w, context, ask);
            }

            w.WriteLine("</div>");
        }

        w.WriteLine("</section>");
    }

    private static void Write(TextWriter w, HtmlReportContext context, Ask ask)
    {
        var grid = context.Grid;
        var cells = grid.Documents.Select(d => (Document: d, Cell: grid.Get(d, ask))).ToList();
        w.WriteLine($"<article class=\"ask\" id=\"{context.Anchors.Ask(ask)}\" data-search=\"{HtmlText.E((ask.Id + " " + ask.Text).ToLowerInvariant())}\">");
        w.WriteLine("<header class=\"ask-head\">");
        w.WriteLine($"<p class=\"ask-meta\"><span class=\"ask-id\">{HtmlText.E(ask.Id)}</span><span class=\"theme-tag\">{HtmlText.E(ask.Theme)}</span><a class=\"back\" href=\"#matrix\">↑ overzicht</a></p>");
        w.WriteLine($"<h4>{HtmlText.E(ask.Text)}</h4>");
        HtmlVerdicts.WriteTally(w, cells.Select(c => c.Cell.Verdict));
        w.WriteLine("</header>");

        foreach (var (document, cell) in cells.Where(c => !IsBare(c.Cell)))
        {
            WriteEntry(w, context, ask, document, cell);
        }

        var bare = cells.Where(c => IsBare(c.Cell)).ToList();
        if (bare.Count > 0)
        {
            w.WriteLine("<ul class=\"bare\">");
            foreach (var (document, cell) in bare)
            {
                var result = cell.Machine;
                w.WriteLine($"<li id=\"{context.Anchors.Entry(ask, document)}\">{HtmlVerdicts.Badge(result.Verdict)} <strong>{HtmlText.E(context.Label(document))}</strong>"
                    + $" <span class=\"conf\">zekerheid {HtmlText.Percent(result.Confidence)}</span>"
                    + (result.Rationale.Length > 0 ? $" <span class=\"rationale\">{HtmlText.E(result.Rationale)}</span>" : "") + "</li>");
            }

            w.WriteLine("</ul>");
        }

        w.WriteLine("</article>");
    }

    /// <summary>An unreviewed "not mentioned" verdict without quotes has nothing to show beyond one line.</summary>
    private static bool IsBare(ReviewedResult cell) => !cell.IsReviewed && cell.Verdict == Verdict.None && cell.Evidence.Count == 0;

    /// <summary>
    /// A reviewed entry leads with the reviewer's verdict, name, date and comment and shows the quotes that carry it;
    /// the machine's verdict and rationale follow, marked as the machine's.
    /// </summary>
    private static void WriteEntry(TextWriter w, HtmlReportContext context, Ask ask, DocumentInfo document, ReviewedResult cell)
    {
        var machine = cell.Machine;
        w.WriteLine($"<div class=\"entry {HtmlVerdicts.CssClass(cell.Verdict)}\" id=\"{context.Anchors.Entry(ask, document)}\">");
        if (cell.Review is { } review)
        {
            var stance = review.Verdict == machine.Verdict ? "bevestigt de machine" : $"machine: {machine.Verdict.ToDutch()}";
            w.WriteLine($"<p class=\"entry-head\">{HtmlVerdicts.Badge(cell.Verdict)} <strong class=\"party-name\">{HtmlText.E(context.Label(document))}</strong>"
                + $" <span class=\"tag reviewed\">✎ beoordeeld door {HtmlText.E(review.Reviewer)} op {HtmlText.E(HtmlText.DutchDate(review.At))} · {HtmlText.E(stance)}</span></p>");
            if (cell.Comment is { } comment)
            {
                w.WriteLine($"<p class=\"comment\">Opmerking: {HtmlText.E(comment)}</p>");
            }

            if (machine.Rationale.Length > 0)
            {
                w.WriteLine($"<p class=\"rationale\"><span class=\"conf\">Machine ({HtmlText.E(machine.Verdict.ToDutch())}, zekerheid {HtmlText.Percent(machine.Confidence)}):</span> {HtmlText.E(machine.Rationale)}</p>");
            }
        }
        else
        {
            w.WriteLine($"<p class=\"entry-head\">{HtmlVerdicts.Badge(cell.Verdict)} <strong class=\"party-name\">{HtmlText.E(context.Label(document))}</strong>"
                + $" <span class=\"conf\">zekerheid {HtmlText.Percent(machine.Confidence)}</span></p>");
            if (machine.Rationale.Length > 0)
            {
                w.WriteLine($"<p class=\"rationale\">{HtmlText.E(machine.Rationale)}</p>");
            }
        }

        foreach (var evidence in cell.Evidence)
        {
            w.WriteLine($"<blockquote class=\"quote\"><p>{HtmlText.E(evidence.Quote)}</p><footer>{HtmlText.E(document.File)}, <span class=\"pageno\">{HtmlText.E(document.Cite(evidence.Page))}</span></footer></blockquote>");
        }

        w.WriteLine("</div>");
    }
}
