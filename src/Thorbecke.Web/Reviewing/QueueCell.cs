using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;

namespace Thorbecke.Web.Reviewing;

/// <summary>One unreviewed cell in the review queue.</summary>
internal sealed record QueueCell(Ask Ask, DocumentInfo Document, ReviewedResult Cell)
{
    public double Confidence => Cell.Machine.Confidence;

    public string Url => Pages.ReportView.CellUrl(Ask, Document);
}
