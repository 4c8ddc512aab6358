using Thorbecke.Core.Documents;

namespace Thorbecke.Testing.Documents;

/// <summary>Documents written for the tests: one passage per paragraph, paragraphs of a page separated by a blank line.</summary>
public static class TestDocuments
{
    public const string Id = "doc-42";

    /// <param name="pages">The text of each page.</param>
    /// <param name="heading">The heading every passage sits under.</param>
    /// <param name="id">The document id, for tests with several documents.</param>
    public static Document Of(IReadOnlyList<string> pages, string heading = "Financiën", string id = Id)
    {
        var pageList = new List<Page>();
        var passages = new List<Passage>();
        for (var i = 0; i < pages.Count; i++)
        {
            pageList.Add(new Page(i + 1, pages[i]));
            foreach (var paragraph in pages[i].Split("\n\n"))
            {
                passages.Add(new Passage(passages.Count, i + 1, paragraph, [heading]));
            }
        }

        return new Document(new DocumentInfo(id, id + ".pdf", new string('0', 64), "Testpartij", "programme", "Test", null, pages.Count), pageList, passages);
    }
}
