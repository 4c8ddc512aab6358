using Thorbecke.Core.Text;
using Thorbecke.Reports.Money;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Money;

/// <summary>The pieces both money pages show: problems with files, the municipality picker and the report's sections.</summary>
internal static class MoneyParts
{
    public static string ScenarioUrl(string id) => $"/geld/{Html.U(id)}";

    /// <summary>The tables that could not be read (inputs, municipalities, maatstaven, taken), each with its problems.</summary>
    public static void FileProblems(TextWriter w, MoneyWorkspace workspace)
    {
        foreach (var problem in workspace.FileProblems)
        {
            Problem(w, problem.File, problem.Problems);
        }
    }

    public static void Problem(TextWriter w, string file, IReadOnlyList<string> problems)
    {
        w.WriteLine($"<div class=\"message error file-problem\"><p><strong>Fout in <code>{Html.E(file)}</code></strong>; dit bestand telt niet mee:</p><ul>");
        foreach (var problem in problems)
        {
            w.WriteLine($"<li>{Html.E(problem)}</li>");
        }

        w.WriteLine("</ul></div>");
    }

    public static void Errors(TextWriter w, IReadOnlyList<string> errors)
    {
        if (errors.Count == 0)
        {
            return;
        }

        w.WriteLine("<div class=\"message error\" id=\"rekenfouten\">");
        foreach (var error in errors)
        {
            w.WriteLine($"<p>{Html.E(error)}</p>");
        }

        w.WriteLine("</div>");
    }

    /// <summary>A choice of municipality for a GET form, or a hint how to get one when no table is configured.</summary>
    public static void MunicipalityField(TextWriter w, MoneyWorkspace workspace, string? selected)
    {
        if (workspace.Municipalities is not { } table)
        {
            return;
        }

        var chosen = selected is null ? null : table.Find(selected);
        w.Write("<label>Gemeente <select name=\"gemeente\"><option value=\"\">Geen gemeente</option>");
        foreach (var municipality in table.Municipalities.OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            var isChosen = ReferenceEquals(municipality, chosen) ? " selected" : "";
            w.Write($"<option value=\"{Html.E(municipality.Name)}\"{isChosen}>{Html.E(municipality.Name)}</option>");
        }

        w.WriteLine("</select></label>");
    }

    /// <summary>The money report's own sections (tables and inline SVG charts), exactly as in the report file.</summary>
    public static void Report(TextWriter w, MoneyReport report)
    {
        w.WriteLine("<div class=\"money\">");
        MoneyReportWriter.WriteSections(report, w);
        w.WriteLine("</div>");
    }

    public static string Options(MoneyWorkspace workspace)
    {
        var parts = new List<string> { $"<span>Map <code>{Html.E(workspace.Folder)}</code></span>" };
        if (workspace.Municipalities is { } table)
        {
            parts.Add($"<span>{Dutch.Count(table.Municipalities.Count, "gemeente", "gemeenten")}</span>");
        }

        if (workspace.Maatstaven is not null)
        {
            parts.Add("<span>Verdeling met maatstaven</span>");
        }

        if (workspace.Domains is { } domains)
        {
            parts.Add($"<span>{Dutch.Count(domains.Count, "domein", "domeinen")} voor de disbalans</span>");
        }

        return $"<p class=\"meta\">{string.Concat(parts)}<span>Bedragen in € mln, tenzij anders vermeld</span></p>";
    }
}
