namespace Thorbecke.MoneyMentions;

/// <summary>The tunables of <see cref="MoneyMentionFinder"/>.</summary>
public sealed record MoneyMentionOptions
{
    public static MoneyMentionOptions Default { get; } = new();

    /// <summary>Smaller amounts are grants and allowances for people ("€ 750 per stage"), not budgets for municipalities.</summary>
    public decimal MinimumEuros { get; init; } = 1_000_000m;

    /// <summary>
    /// How many words a municipal term may be from the amount. Programme sentences often list several
    /// policies; a term further away is usually about another one.
    /// </summary>
    public int MaxTermDistance { get; init; } = 20;

    /// <summary>How many words a cue for recurrence, direction or topic may be from the amount.</summary>
    public int MaxCueDistance { get; init; } = 12;

    /// <summary>Asks whose id starts with one of these are the financial asks a mention can be linked to.</summary>
    public IReadOnlyList<string> FinancialAskPrefixes { get; init; } = ["formatie-", "financien-"];

    /// <summary>
    /// How specific the words a sentence shares with an ask must be, in total, to link the two: the sum of each
    /// word's specificity (<c>AgendaTermStatistics.Specificity</c>) as a share of that of a word only one ask
    /// uses. One word that only a few asks of the agenda use is enough (such as "opschalingskorting"); words that
    /// many asks use (such as "gemeenten") never are.
    /// </summary>
    public double MinLinkSpecificity { get; init; } = 0.7;
}
