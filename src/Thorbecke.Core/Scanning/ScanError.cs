namespace Thorbecke.Core.Scanning;

/// <summary>A file that could not be scanned, with the reason in Dutch.</summary>
public sealed record ScanError(string File, string Message)
{
    public override string ToString() => $"{File}: {Message}";
}
