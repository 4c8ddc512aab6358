using Thorbecke.Storage;

namespace Thorbecke.Web.Tests.Reviewing;

/// <summary>The app over <see cref="QueueTestData"/> with <see cref="QueueTestData.SomeReviewed"/>; its tests only read.</summary>
public sealed class QueueFixture : WebFixture
{
    protected override void Seed(SqliteScanStore store) => QueueTestData.StoreScan(store, QueueTestData.SomeReviewed);
}
