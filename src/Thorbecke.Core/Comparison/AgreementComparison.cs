using Thorbecke.Core.Agendas;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Comparison;

/// <summary>
/// A reference document (a coalition agreement, a Kamerbrief) held against the agenda and a set of programmes:
/// per ask, whether the reference adopted, weakened, rejected or left it out, and which programmes had asked for
/// it. Reads reviewed cells, so an analyst's verdict counts wherever one was given.
/// </summary>
/// <param name="Reference">The reference document's id.</param>
/// <param name="Programmes">The compared programmes' ids, in the order given, without the reference.</param>
/// <param name="Asks">One entry per ask, in agenda order.</param>
public sealed record AgreementComparison(string Reference, IReadOnlyList<string> Programmes, IReadOnlyList<AskAdoption> Asks)
{
    /// <summary>The rationale of a cell the scan has no result for; like the reports, it reads as "not mentioned".</summary>
    public const string MissingRationale = "Voor deze combinatie is geen resultaat beschikbaar.";

    /// <summary>The outcomes over every ask.</summary>
    public AdoptionCounts Counts => AdoptionCounts.Of(Asks.Select(a => a.Adoption));

    /// <summary>The outcomes per theme, in agenda order.</summary>
    public IReadOnlyList<ThemeAdoption> Themes => Asks
        .GroupBy(a => a.Ask.Theme, StringComparer.Ordinal)
        .Select(g => new ThemeAdoption(g.Key, AdoptionCounts.Of(g.Select(a => a.Adoption))))
        .ToList();

    /// <summary>Compares <paramref name="reference"/> with <paramref name="programmes"/> over every ask of <paramref name="agenda"/>.</summary>
    /// <param name="cells">The reviewed cells of a scan; cells of other documents are ignored.</param>
    public static AgreementComparison Compare(Agenda agenda, IEnumerable<ReviewedResult> cells, string reference, IEnumerable<string> programmes)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(programmes);

        // The reference can't also be one of the documents it is compared with, and a programme counts once.
        var compared = programmes.Where(p => !string.Equals(p, reference, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var byCell = new Dictionary<(string Ask, string Document), ReviewedResult>();
        foreach (var cell in cells)
        {
            byCell.TryAdd((cell.Ask, cell.Document), cell);
        }

        ReviewedResult Cell(Ask ask, string document) => byCell.TryGetValue((ask.Id, document), out var cell)
            ? cell
            : new ReviewedResult(new AskResult(ask.Id, document, Verdict.None, 0, [], MissingRationale), null);

        var asks = agenda.Asks.Select(ask =>
        {
            var referenceCell = Cell(ask, reference);
            var programmeCells = compared.Select(p => Cell(ask, p)).ToList();
            return new AskAdoption(
                ask,
                AdoptionNames.FromVerdict(referenceCell.Verdict),
                referenceCell,
                programmeCells.Where(c => c.Verdict == Verdict.Support).ToList(),
                programmeCells.Where(c => c.Verdict == Verdict.Partial).ToList(),
                programmeCells.Where(c => c.Verdict == Verdict.Oppose).ToList());
        }).ToList();
        return new AgreementComparison(reference, compared, asks);
    }
}
