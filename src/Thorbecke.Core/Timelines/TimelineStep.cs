using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;

namespace Thorbecke.Core.Timelines;

/// <summary>One document that speaks to an ask, in its place on the ask's timeline, with the cell that counts (reviewed or machine).</summary>
/// <param name="Document">The document.</param>
/// <param name="Cell">Its verdict, quotes and pages for the ask; an analyst's review wins.</param>
public sealed record TimelineStep(DocumentInfo Document, ReviewedResult Cell)
{
    /// <summary>
    /// True for a dated cabinet document (agreement, regeerprogramma, letter, budget, circular): only these set the
    /// ask's status, and a document without a date cannot say whether it came before or after another.
    /// </summary>
    public bool SetsStatus => Document.Date is not null && DocumentKinds.IsAuthoritative(Document.Kind);

    /// <summary>The status this step sets; null when it does not set one (<see cref="SetsStatus"/>).</summary>
    public AskStatus? Status => SetsStatus ? TimelineNames.StatusOf(Cell.Verdict) : null;

    /// <summary>True when this step moved the status away from what the steps before it had set.</summary>
    public bool ChangedStatus { get; init; }

    /// <summary>How this step holds up the commitment an earlier step made; null when none was made before it.</summary>
    public CommitmentOutcome? Judged { get; init; }

    /// <summary>The quote that shows the verdict: the reviewer's first pick or the machine's best; null when there is none.</summary>
    public ReviewEvidence? Quote => Cell.Evidence.Count > 0 ? Cell.Evidence[0] : null;
}
