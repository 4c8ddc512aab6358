using System.Globalization;
using Microsoft.AspNetCore.Http;
using Thorbecke.Application.Reviews;
using Thorbecke.Core.Reviews;

namespace Thorbecke.Web.Reviews;

/// <summary>
/// The cell page's form fields. A picked quote travels as <c>page|quote</c>, not as an index into the machine's list,
/// so a re-scan between opening and saving cannot make a checkbox point at another quote; the validator checks every
/// quote against the page anyway.
/// </summary>
internal static class ReviewForm
{
    public const string Verdict = "oordeel";
    public const string Quote = "citaat";
    public const string ExtraPage = "extra_pagina";
    public const string ExtraQuote = "extra_citaat";
    public const string Comment = "opmerking";
    public const string SeenVersion = "gezien";

    public static string Value(ReviewEvidence evidence) => $"{evidence.Page.ToString(CultureInfo.InvariantCulture)}|{evidence.Quote}";

    /// <summary>Null when a field cannot be read at all (a page number that is not a number); the validator judges the rest.</summary>
    public static ReviewDraft? Read(IFormCollection form, string ask, string document)
    {
        var evidence = new List<ReviewEvidence>();
        foreach (var value in form[Quote])
        {
            var bar = value?.IndexOf('|', StringComparison.Ordinal) ?? -1;
            if (bar <= 0 || !int.TryParse(value![..bar], NumberStyles.None, CultureInfo.InvariantCulture, out var page))
            {
                return null;
            }

            evidence.Add(new ReviewEvidence(page, value[(bar + 1)..]));
        }

        var extra = form[ExtraQuote].ToString().Trim();
        if (extra.Length > 0)
        {
            if (!int.TryParse(form[ExtraPage].ToString().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var page))
            {
                return null;
            }

            evidence.Add(new ReviewEvidence(page, extra));
        }

        if (!int.TryParse(form[SeenVersion].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var seen))
        {
            return null;
        }

        var comment = form[Comment].ToString().Trim();
        return new ReviewDraft(ask, document, form[Verdict].ToString(), evidence, comment.Length == 0 ? null : comment, seen);
    }
}
