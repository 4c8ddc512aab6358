using System.Collections.Concurrent;
using System.Text;
using Thorbecke.Core.Documents;

namespace Thorbecke.Core.Tests.Scanning.Fakes;

/// <summary>Reads ".txt" files whose pages are separated by form feeds, one passage per non-blank page; counts what it read.</summary>
internal sealed class PageTextReader(string? crashOn = null, string? title = null) : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    public ConcurrentQueue<string> ReadFiles { get; } = new();

    public ExtractedText Read(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        ReadFiles.Enqueue(fileName);
        if (string.Equals(fileName, crashOn, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Index buiten bereik.");
        }

        var pages = Encoding.UTF8.GetString(content).Split('\f').Select((text, i) => new Page(i + 1, text)).ToList();
        var passages = pages.Where(p => p.Text.Trim().Length > 0).Select((p, i) => new Passage(i, p.Number, p.Text.Trim(), [])).ToList();
        return new ExtractedText(pages, passages, title);
    }
}
