using System.Globalization;

namespace Thorbecke.Search.Judging;

/// <summary>
/// The one-line rationales of <see cref="RuleBasedJudge"/>, each a full Dutch sentence (subject and finite verb),
/// because reviewers read them beside the verdict in every output.
/// </summary>
public static class Rationales
{
    public const string NoPassage = "Er is geen passage gevonden met woorden uit deze vraag.";

    /// <param name="page">The page of the best passage, cited ("p. 31", "p. 29 (pdf 31)").</param>
    /// <param name="coverage">How much of the ask the passage covers, as a Dutch percentage ("80%").</param>
    public static string Against(string page, string coverage) =>
        Format($"Op {page} wijst de tekst af wat de vraag vraagt (dekking {coverage}).");

    public static string LooseWords(string coverage) =>
        Format($"Er zijn alleen losse woorden van de vraag gevonden (dekking {coverage}); het onderwerp wordt niet behandeld.");

    /// <param name="page">The page of the best passage, cited ("p. 31", "p. 29 (pdf 31)").</param>
    /// <param name="coverage">How much of the ask the passage covers.</param>
    /// <param name="ownVoice">Whether the document states it as its own plan ("wij gaan ...") rather than a stance for it.</param>
    public static string Core(string page, string coverage, bool ownVoice) => ownVoice
        ? Format($"De tekst neemt op {page} de kern van de vraag over als eigen voornemen (dekking {coverage}).")
        : Format($"De tekst spreekt zich op {page} uit voor de kern van de vraag (dekking {coverage}).");

    public static string Topic(string page, string coverage) =>
        Format($"Op {page} komt het onderwerp aan bod, maar niet alles wat de vraag vraagt (dekking {coverage}).");

    /// <param name="subject">The ask's subject in its own words ("opschalingskorting").</param>
    /// <param name="elsewhere">Whether the document names the subject outside the quoted sentences.</param>
    /// <param name="page">The page of the best passage, cited.</param>
    /// <param name="coverage">How much of the ask the passage covers.</param>
    public static string SubjectNotQuoted(string subject, bool elsewhere, string page, string coverage) => elsewhere
        ? Format($"De aangehaalde zinnen noemen het onderwerp van de vraag ({subject}) niet; op {page} gaat de tekst alleen over verwante zaken (dekking {coverage}).")
        : Format($"De tekst noemt het onderwerp van de vraag ({subject}) nergens; op {page} gaat het alleen over verwante zaken (dekking {coverage}).");

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
