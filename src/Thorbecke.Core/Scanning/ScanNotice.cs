namespace Thorbecke.Core.Scanning;

/// <summary>Something a user should know about a file that was scanned all right, in Dutch (for example that it was stored before under another name).</summary>
public sealed record ScanNotice(string File, string Message)
{
    public override string ToString() => $"{File}: {Message}";
}
