namespace Thorbecke.Core.Documents;

/// <summary>
/// The kind a document states about itself in its title or at the top of its first page ("Coalitieakkoord 2026",
/// "Aan de Voorzitter van de Tweede Kamer"), for files that no corpus.json, upload form or <c>--kind</c> describes.
/// Only the head is read: a programme that discusses "het coalitieakkoord" further on stays a programme.
/// </summary>
public static class StatedKind
{
    private const int HeadCharacters = 600;

    /// <summary>Checked in this order, so a letter about the Voorjaarsnota is a letter and a motion quoting a letter a motion.</summary>
    private static readonly (string Kind, string[] Cues)[] Cues =
    [
        (DocumentKinds.Motion, ["motie van het lid", "motie van de leden", "gehoord de beraadslaging"]),
        (DocumentKinds.Letter, ["aan de voorzitter van de tweede kamer", "aan de voorzitter van de eerste kamer", "kamerbrief"]),
        (DocumentKinds.GovernmentProgramme, ["regeerprogramma"]),
        (DocumentKinds.Agreement, ["coalitieakkoord", "regeerakkoord", "hoofdlijnenakkoord"]),
        (DocumentKinds.Budget, ["voorjaarsnota", "najaarsnota", "miljoenennota", "rijksbegroting", "ontwerpbegroting"]),
        (DocumentKinds.Circular, ["meicirculaire", "septembercirculaire", "decembercirculaire", "circulaire gemeentefonds"]),
        (DocumentKinds.Costing, ["keuzes in kaart", "doorrekening verkiezingsprogramma", "analyse van verkiezingsprogramma"]),
        (DocumentKinds.Programme, ["verkiezingsprogramma"]),
    ];

    /// <summary>The kind the title or the first page's head names; null when neither names one.</summary>
    public static string? Find(string? title, IReadOnlyList<Page> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        if (In(title ?? "") is { } fromTitle)
        {
            return fromTitle;
        }

        var first = pages.Count == 0 ? "" : pages[0].Text;
        return In(first.Length > HeadCharacters ? first[..HeadCharacters] : first);
    }

    private static string? In(string text)
    {
        var lower = text.ToLowerInvariant();
        return Cues.FirstOrDefault(c => c.Cues.Any(cue => lower.Contains(cue, StringComparison.Ordinal))).Kind;
    }
}
