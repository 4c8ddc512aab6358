using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;

namespace Thorbecke.Storage.Tests.Contract;

/// <summary>
/// The behaviour every <see cref="IScanStore"/> must have, written once and run against each database
/// (Dapper's habit). A subclass gives every test a fresh, empty database and cleans it up afterwards.
/// </summary>
public abstract partial class ScanStoreContract
{
    /// <summary>
    /// A store over this test's database. Calling it again opens the same database afresh, which is how
    /// the tests check that data survives reopening.
    /// </summary>
    protected abstract IScanStore CreateStore();

    /// <summary>Stores a sample document and returns it, because results and runs refer to stored documents.</summary>
    protected static Document Stored(IScanStore store, string seed)
    {
        var document = Samples.Document(seed);
        store.SaveDocument(document);
        return document;
    }

    /// <summary>The document helpers are part of the contract: the web app reads documents from any store.</summary>
    protected static IDocumentCatalog Catalog(IScanStore store) => Assert.IsAssignableFrom<IDocumentCatalog>(store);
}
