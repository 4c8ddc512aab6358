using System.Text;
using Thorbecke.Core.Documents;

namespace Thorbecke.Storage.Tests.Fakes;

/// <summary>Reads .txt files whose pages are separated by form feeds; one passage per page. Counts its reads.</summary>
internal sealed class PlainTextReader : IDocumentReader
{
    private int reads;

    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    public int Reads => reads;

    public ExtractedText Read(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref reads);
        var pages = Encoding.UTF8.GetString(content).Split('\f').Select((text, i) => new Page(i + 1, text)).ToList();
        var passages = pages.Select((p, i) => new Passage(i, p.Number, p.Text, ["Hoofdstuk " + p.Number])).ToList();
        return new ExtractedText(pages, passages);
    }
}
