using Thorbecke.Storage;

namespace Thorbecke.Web.Tests.Reviewing;

/// <summary>The app over <see cref="QueueTestData"/> with every cell reviewed but <see cref="Left"/>, for the walk to an empty queue.</summary>
public sealed class QueueEndFixture : WebFixture
{
    /// <summary>The two cells still waiting: financien-01 in the third document (20%) and in the first (30%).</summary>
    public static IReadOnlyList<(string Ask, int Document)> Left { get; } = [("financien-01", 2), ("financien-01", 0)];

    protected override void Seed(SqliteScanStore store) => QueueTestData.StoreScan(store, QueueTestData.AllCells.Except(Left));

    protected override bool StartsBrowser => false;
}
