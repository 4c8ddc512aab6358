using Thorbecke.Core.Tests.Scanning.Fakes;

namespace Thorbecke.Core.Tests.Scanning;

public static partial class ScannerSpec
{
    /// <summary>Stopping a scan is not a failed file: the scan throws, and the run is never finished, so it never counts as the latest.</summary>
    public class A_cancelled_scan
    {
        [Fact]
        public void Should_throw_and_leave_its_run_unfinished()
        {
            var store = new MemoryScanStore();
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            Assert.ThrowsAny<OperationCanceledException>(() => Scanner(store).Scan(Agenda, Programmes, cancellationToken: cancelled.Token));

            Assert.Null(store.LoadLatestReport());
            Assert.Null(Assert.Single(store.Runs).Documents);
        }
    }
}
