using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Thorbecke.Application.Engine;

namespace Thorbecke.Web.Reviewing;

/// <summary>
/// Learning in the app: after a review is saved, the ask's unreviewed cells in the other documents are judged again
/// in the background with the reviews as examples, so their rationale says what they learned from. A failure is
/// logged and the next ask is still handled: the server never stops over it.
/// </summary>
internal sealed partial class RelearnWorker(RelearnQueue queue, ReportSource source, ILogger<RelearnWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var rejudger = new AskRejudger(source.Store);
        while (!stoppingToken.IsCancellationRequested)
        {
            string askId;
            try
            {
                askId = await queue.TakeAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                // Synchronous, CPU-bound work; off the request threads.
                var rejudged = await Task.Run(() => rejudger.Rejudge(askId, stoppingToken), stoppingToken);
                if (rejudged > 0)
                {
                    source.Invalidate();
                }

                LogRejudged(log, askId, rejudged);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogFailure(log, e, askId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Judged ask {AskId} again in {Cells} unreviewed cells")]
    private static partial void LogRejudged(ILogger logger, string askId, int cells);

    [LoggerMessage(Level = LogLevel.Error, Message = "Judging ask {AskId} again after a review failed")]
    private static partial void LogFailure(ILogger logger, Exception exception, string askId);
}
