using Thorbecke.Storage;

namespace Thorbecke.Web.Tests.Reviewing;

/// <summary>
/// The app over <see cref="QueueTestData"/> with <see cref="QueueTestData.SomeReviewed"/>; its tests only read. It
/// starts no Chromium of its own: the browser test borrows the "web" collection's, so the small machine never runs
/// a third one beside the other fixtures'.
/// </summary>
public sealed class QueueFixture : WebFixture
{
    protected override void Seed(SqliteScanStore store) => QueueTestData.StoreScan(store, QueueTestData.SomeReviewed);

    protected override bool StartsBrowser => false;
}
