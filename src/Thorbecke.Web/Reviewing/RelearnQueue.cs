using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Thorbecke.Web.Reviewing;

/// <summary>
/// The asks whose unreviewed cells wait to be judged again after a review, for the <see cref="RelearnWorker"/>. An ask
/// already waiting is not added twice: one re-judging reads all reviews saved until it starts, so a reviewer working
/// through a column costs one pass per ask, not one per save.
/// </summary>
internal sealed class RelearnQueue
{
    private readonly Channel<string> channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, byte> waiting = new(StringComparer.Ordinal);

    /// <summary>Asks the worker to judge <paramref name="askId"/> again, unless it is waiting already.</summary>
    public void Add(string askId)
    {
        if (waiting.TryAdd(askId, 0))
        {
            channel.Writer.TryWrite(askId);
        }
    }

    /// <summary>
    /// The next ask to judge again; from here on a new review of it queues it anew, so a review saved while the worker
    /// is busy with the ask is not lost.
    /// </summary>
    public async ValueTask<string> TakeAsync(CancellationToken cancellationToken)
    {
        var askId = await channel.Reader.ReadAsync(cancellationToken);
        waiting.TryRemove(askId, out _);
        return askId;
    }
}
