using Thorbecke.Core.Agendas;
using Thorbecke.Reports.Memos;

namespace Thorbecke.Application.Memos;

/// <summary>
/// What a memo is about, as a user asks for it on the command line or in a link: one ask by its id, or one theme by
/// its name (in any case). The messages name the valid choices, so a typo can be put right without the agenda at hand.
/// </summary>
/// <param name="Ask">The ask's id; null for a theme memo.</param>
/// <param name="Theme">The theme's name as typed; null for an ask memo.</param>
public sealed record MemoSubject(string? Ask, string? Theme)
{
    public const string NeitherOrBoth = "Kies voor het memo één vraag of één thema, niet allebei en niet geen van beide.";

    /// <summary>Why the agenda has no such memo, in Dutch; null when it has.</summary>
    public string? Problem(Agenda agenda)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        if (string.IsNullOrWhiteSpace(Ask) == string.IsNullOrWhiteSpace(Theme))
        {
            return NeitherOrBoth;
        }

        if (Ask is { } id && !string.IsNullOrWhiteSpace(id) && agenda.FindAsk(id.Trim()) is null)
        {
            var asks = agenda.Asks.Select(a => a.Id).ToList();
            return $"Vraag '{id.Trim()}' staat niet op de agenda '{agenda.Title}'. Kies een van de {asks.Count} vragen: {Choices(asks)}.";
        }

        if (Theme is { } typed && !string.IsNullOrWhiteSpace(typed) && ThemeOf(agenda) is null)
        {
            return $"Thema '{typed.Trim()}' staat niet op de agenda '{agenda.Title}'. Kies uit {Choices(agenda.Themes.Select(t => $"'{t}'").ToList())}.";
        }

        return null;
    }

    /// <summary>The theme as the agenda writes it; null for an ask memo or a theme the agenda lacks.</summary>
    public string? ThemeOf(Agenda agenda)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        return string.IsNullOrWhiteSpace(Theme)
            ? null
            : agenda.Themes.FirstOrDefault(t => string.Equals(t, Theme.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"memo-formatie-01.docx" or "memo-financiele-uitgangspositie-formatie.md"; only for a subject without a <see cref="Problem"/>.</summary>
    public string FileName(Agenda agenda, string extension) => ThemeOf(agenda) is { } theme
        ? MemoFileName.ForTheme(theme, extension)
        : MemoFileName.ForAsk(Ask!.Trim(), extension);

    /// <summary>"a, b of c".</summary>
    private static string Choices(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} of {items[^1]}";
}
