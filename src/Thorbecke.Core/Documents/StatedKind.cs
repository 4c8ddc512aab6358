namespace Thorbecke.Core.Documents;

/// <summary>
/// The kind a document states about itself, for files that no corpus.json, upload form or <c>--kind</c> describes.
/// A letter or a motion says what it is in its head ("Aan de Voorzitter van de Tweede Kamer", "Motie van het lid");
/// other kinds only in their title or a title line at the top of the first page ("Coalitieakkoord 2026-2030",
/// "Voorjaarsnota 2026"). A text about a document ("Reactie op het regeerakkoord", "Het coalitieakkoord geeft
/// ruimte ...") is not that document, and a programme that discusses "het coalitieakkoord" stays a programme.
/// </summary>
public static class StatedKind
{
    private const int HeadCharacters = 600;

    /// <summary>The lines at the top of page 1 that may be its title.</summary>
    private const int TitleLines = 3;

    /// <summary>A title that names a kind without starting with it ("Samen verder. Coalitieakkoord 2026") is short.</summary>
    private const int TitleWords = 8;

    /// <summary>Phrases only letters and motions use, so they count anywhere in the head.</summary>
    private static readonly (string Kind, string[] Cues)[] HeadCues =
    [
        (DocumentKinds.Motion, ["motie van het lid", "motie van de leden", "gehoord de beraadslaging"]),
        (DocumentKinds.Letter, ["aan de voorzitter van de tweede kamer", "aan de voorzitter van de eerste kamer"]),
    ];

    /// <summary>Names of kinds that count in a title only; checked in this order.</summary>
    private static readonly (string Kind, string[] Cues)[] TitleCues =
    [
        (DocumentKinds.Letter, ["kamerbrief"]),
        (DocumentKinds.GovernmentProgramme, ["regeerprogramma"]),
        (DocumentKinds.Agreement, ["coalitieakkoord", "regeerakkoord", "hoofdlijnenakkoord"]),
        (DocumentKinds.Budget, ["voorjaarsnota", "najaarsnota", "miljoenennota", "rijksbegroting", "ontwerpbegroting"]),
        (DocumentKinds.Circular, ["meicirculaire", "septembercirculaire", "decembercirculaire", "circulaire gemeentefonds"]),
        (DocumentKinds.Costing, ["keuzes in kaart", "doorrekening verkiezingsprogramma"]),
        (DocumentKinds.Programme, ["verkiezingsprogramma"]),
    ];

    /// <summary>Words of a title about another document: a reaction, an analysis, a comment.</summary>
    private static readonly string[] AboutWords = ["reactie", "analyse", "commentaar", "over", "op", "bij", "na", "zorgen", "wat"];

    /// <summary>The kind the title or the first page's head names; null when neither names one.</summary>
    public static string? Find(string? title, IReadOnlyList<Page> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var first = pages.Count == 0 ? "" : pages[0].Text;
        var head = (first.Length > HeadCharacters ? first[..HeadCharacters] : first).ToLowerInvariant();
        // On the page a line names its kind only by starting with it: "Het coalitieakkoord geeft ruimte" is a sentence.
        return FromTitle(title ?? "", anywhere: true)
            ?? HeadCues.FirstOrDefault(c => c.Cues.Any(cue => head.Contains(cue, StringComparison.Ordinal))).Kind
            ?? head.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(TitleLines).Select(l => FromTitle(l, anywhere: false)).FirstOrDefault(k => k is not null);
    }

    /// <param name="anywhere">Whether a short title may name the kind after other words ("Samen verder. Coalitieakkoord 2026").</param>
    private static string? FromTitle(string title, bool anywhere)
    {
        var lower = title.Trim().TrimStart('#', ' ', '-', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9').ToLowerInvariant();
        var words = lower.Split([' ', '-', '_', ':', ',', '.'], StringSplitOptions.RemoveEmptyEntries);
        var aboutAnother = words.Any(w => AboutWords.Contains(w, StringComparer.Ordinal));
        return TitleCues.FirstOrDefault(c => c.Cues.Any(cue =>
            lower.StartsWith(cue, StringComparison.Ordinal)
            || (anywhere && lower.Contains(cue, StringComparison.Ordinal) && words.Length <= TitleWords && !aboutAnother))).Kind;
    }
}
