using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Scanning;

namespace Thorbecke.Core.Projects;

/// <summary>
/// Everything a project keeps: its documents, runs and results, the analysts' reviews and its settings. The use cases
/// of the CLI and the web app work on this, whichever database holds it.
/// </summary>
public interface IProjectStore : IScanStore, IDocumentCatalog, IReviewStore, IProjectSettings
{
    /// <summary>
    /// A value that changes whenever what readers see changes: another run finished or a review was saved. One cheap
    /// query, so a reader can keep the loaded report until it moves.
    /// </summary>
    string ChangeToken();
}
