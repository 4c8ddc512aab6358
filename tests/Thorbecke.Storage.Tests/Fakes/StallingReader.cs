using Thorbecke.Core.Documents;

namespace Thorbecke.Storage.Tests.Fakes;

/// <summary>Reads .slow files only once released, ignoring its token: a parser stuck in a loop it does not check.</summary>
internal sealed class StallingReader : IDocumentReader, IDisposable
{
    private readonly ManualResetEventSlim released = new();

    public IReadOnlyCollection<string> Extensions { get; } = [".slow"];

    public void Release() => released.Set();

    public ExtractedText Read(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        released.Wait(TimeSpan.FromSeconds(30), CancellationToken.None);
        return new PlainTextReader().Read(content, fileName, CancellationToken.None);
    }

    public void Dispose() => released.Dispose();
}
