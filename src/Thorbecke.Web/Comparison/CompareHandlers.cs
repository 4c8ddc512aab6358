using Microsoft.AspNetCore.Http;
using Thorbecke.Core.Comparison;
using Thorbecke.Text.Finding;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Comparison;

/// <summary>The handlers of the compare pages; <see cref="Routes"/> maps them.</summary>
internal static class CompareHandlers
{
    public static IResult Compare(HttpContext http, ReportSource source)
    {
        if (source.View() is not { } view)
        {
            return Html.Page(ErrorPage.NoScan(PageContext.From(http)), StatusCodes.Status404NotFound);
        }

        var selection = CompareSelection.From(http.Request.Query, view);
        var cells = view.Agenda.Asks.SelectMany(a => view.Documents.Select(d => view.Cell(a, d)));
        var comparison = selection.Reference is { } reference
            ? AgreementComparison.Compare(view.Agenda, cells, reference.Id, selection.Programmes.Select(p => p.Id))
            : null;
        return Html.Page(ComparePage.Render(PageContext.From(http), view, selection, comparison));
    }

    public static IResult PassageForm(HttpContext http, ReportSource source) =>
        source.View() is { } view
            ? Html.Page(PassagePage.Render(PageContext.From(http), view, "", null, null))
            : Html.Page(ErrorPage.NoScan(PageContext.From(http)), StatusCodes.Status404NotFound);

    public static IResult FindPassage(HttpContext http, ReportSource source, IFormCollection form)
    {
        if (source.View() is not { } view)
        {
            return Html.Page(ErrorPage.NoScan(PageContext.From(http)), StatusCodes.Status404NotFound);
        }

        var text = form[PassagePage.TextField].ToString();
        var documentId = form[PassagePage.DocumentField].ToString() is { Length: > 0 } id ? id : null;
        var error = text.Trim().Length == 0 ? "Plak of typ eerst de tekst die u zoekt."
            : text.Length > PassagePage.MaxLength ? $"De tekst is te lang: zoek een passage van hoogstens {Html.Number(PassagePage.MaxLength)} tekens."
            : documentId is not null && view.FindDocument(documentId) is null ? "Dit document staat niet in de laatste scan."
            : null;
        if (error is not null)
        {
            return Html.Page(PassagePage.Render(PageContext.From(http), view, text, documentId, null, error), StatusCodes.Status400BadRequest);
        }

        var results = new List<DocumentHits>();
        foreach (var info in view.Documents.Where(d => documentId is null || string.Equals(d.Id, documentId, StringComparison.Ordinal)))
        {
            if (source.Store.LoadDocument(info.Id) is { } document)
            {
                results.Add(new DocumentHits(info, document.Pages, PassageFinder.Find(text, document.Pages)));
            }
        }

        return Html.Page(PassagePage.Render(PageContext.From(http), view, text, documentId, results));
    }
}
