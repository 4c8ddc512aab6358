using System.Globalization;
using System.Runtime.ExceptionServices;
using Thorbecke.Core.Documents;

namespace Thorbecke.Core.Scanning;

/// <summary>
/// Runs the work for one file on a thread of its own, with a deep stack and a deadline. Readers check their token
/// often, but library code (a PDF or HTML parser) may not, so the scan stops waiting at the deadline, fails the file
/// and goes on; the token tells the abandoned work to stop and never to write to the store.
/// </summary>
internal static class FileTimeLimit
{
    /// <summary>Libraries recurse within the nesting the readers allow; 64 MB is ample for that and costs only address space.</summary>
    private const int StackBytes = 64 * 1024 * 1024;

    public static T Run<T>(string fileName, Func<CancellationToken, T> work, TimeSpan limit, CancellationToken scanCancelled)
    {
        // Not disposed when the work is abandoned: the abandoned thread still reads its token.
        var stop = CancellationTokenSource.CreateLinkedTokenSource(scanCancelled);
        using var done = new ManualResetEventSlim();
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work(stop.Token);
                }
                catch (OutOfMemoryException)
                {
                    failure = ExceptionDispatchInfo.Capture(new DocumentReadException("er was niet genoeg geheugen om het bestand te lezen"));
                }
                catch (InsufficientExecutionStackException)
                {
                    failure = ExceptionDispatchInfo.Capture(new DocumentReadException("de opbouw van het bestand is te diep genest om te lezen"));
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
                finally
                {
                    SetQuietly(done);
                }
            },
            StackBytes)
        {
            IsBackground = true,
            Name = $"thorbecke: {fileName}",
        };
        thread.Start();
        var finished = WaitHandle.WaitAny([done.WaitHandle, scanCancelled.WaitHandle], limit) == 0;
        if (!finished)
        {
            stop.Cancel();
            scanCancelled.ThrowIfCancellationRequested();
            throw new DocumentReadException(TooSlow(limit));
        }

        stop.Dispose();
        failure?.Throw();
        return result;
    }

    /// <summary>The waiting side may have given up and disposed the event already.</summary>
    private static void SetQuietly(ManualResetEventSlim done)
    {
        try
        {
            done.Set();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private static string TooSlow(TimeSpan limit)
    {
        var seconds = limit.TotalSeconds == 1 ? "1 seconde" : limit.TotalSeconds.ToString("0.#", CultureInfo.GetCultureInfo("nl-NL")) + " seconden";
        return $"het lezen en beoordelen duurde langer dan {seconds} en is afgebroken; het bestand is te groot of zo gemaakt dat het programma's laat vastlopen";
    }
}
