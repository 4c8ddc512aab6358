using Thorbecke.Core.Documents;

namespace Thorbecke.Ingest.Limits;

/// <summary>
/// Counts the bytes one file unpacks to, across all its compressed parts, and refuses more than the limits allow.
/// The refusal is remembered, because some libraries catch what a decoder throws and carry on with an empty page:
/// the reader asks <see cref="ThrowIfExceeded"/> afterwards so the file still fails with the real reason.
/// </summary>
public sealed class UnpackBudget(ReadLimits limits)
{
    private long used;
    private string? refusal;

    public long Used => Interlocked.Read(ref used);

    public ReadLimits Limits => limits;

    /// <summary>Takes <paramref name="bytes"/> of one part named <paramref name="part"/>, which has unpacked <paramref name="partTotal"/> so far.</summary>
    public void Take(long bytes, long partTotal, string part)
    {
        ThrowIfExceeded();
        if (partTotal > limits.MaxUnpackedPartBytes)
        {
            Refuse(LimitReasons.PartTooLarge(part, limits.MaxUnpackedPartBytes));
        }

        if (Interlocked.Add(ref used, bytes) > limits.MaxUnpackedBytes)
        {
            Refuse(LimitReasons.UnpacksTooLarge(limits.MaxUnpackedBytes));
        }
    }

    /// <summary>Fails the file for a reason found outside the byte count (nesting, structure).</summary>
    public void Refuse(string reason)
    {
        Interlocked.CompareExchange(ref refusal, reason, null);
        throw new DocumentReadException(refusal!);
    }

    public void ThrowIfExceeded()
    {
        if (Volatile.Read(ref refusal) is { } reason)
        {
            throw new DocumentReadException(reason);
        }
    }
}
