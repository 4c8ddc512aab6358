namespace Thorbecke.Testing.Hostile;

/// <summary>A file made to break a reader, with the trap it sets, for tests that check it is refused and nothing else is harmed.</summary>
/// <param name="Name">The file name, with the extension that picks the reader.</param>
/// <param name="Content">The bytes; small on disk, enormous or endless once read naively.</param>
/// <param name="Trap">What it does to a naive reader, for test names and messages.</param>
public sealed record HostileFile(string Name, byte[] Content, string Trap)
{
    public override string ToString() => Name;
}
