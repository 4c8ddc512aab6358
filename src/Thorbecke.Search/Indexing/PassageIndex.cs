using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Thorbecke.Core.Documents;
using Thorbecke.Search.Analysis;
using Thorbecke.Text.Words;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace Thorbecke.Search.Indexing;

/// <summary>
/// An in-memory Lucene index (BM25) over the passages of one document. Each document gets its own index,
/// so a document's results never depend on which other documents are scanned with it.
/// </summary>
public sealed class PassageIndex : IDisposable
{
    private const string TextField = "text";
    private const string HeadingField = "heading";
    private const string IndexField = "idx";

    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;

    public PassageIndex(IReadOnlyList<Passage> passages, Analyzer analyzer)
    {
        var config = new IndexWriterConfig(DutchAnalysis.Version, analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var passage in passages)
            {
                writer.AddDocument(new LuceneDocument
                {
                    new TextField(TextField, SearchText.Normalize(passage.Text), Field.Store.NO),
                    new TextField(HeadingField, string.Join(" / ", passage.HeadingPath), Field.Store.NO),
                    new StoredField(IndexField, passage.Index),
                });
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }

    public int PassageCount => reader.NumDocs;

    /// <summary>How many passages contain the analysed term; the basis of a term's weight in this document.</summary>
    public int DocumentFrequency(string term) => reader.DocFreq(new Term(TextField, term));

    /// <summary>The best passages for weighted terms, as (passage index, BM25 score), best first.</summary>
    /// <summary>Lucene refuses queries of more than 1024 clauses; a long agenda text keeps its weightiest terms.</summary>
    private const int MaxQueryTerms = 400;

    public IReadOnlyList<(int Passage, double Score)> Search(IReadOnlyDictionary<string, double> weightedTerms, double headingBoost, int count)
    {
        var query = new BooleanQuery();
        foreach (var (term, weight) in weightedTerms.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Take(MaxQueryTerms))
        {
            query.Add(new TermQuery(new Term(TextField, term)) { Boost = (float)weight }, Occur.SHOULD);
            if (headingBoost > 0)
            {
                query.Add(new TermQuery(new Term(HeadingField, term)) { Boost = (float)(weight * headingBoost) }, Occur.SHOULD);
            }
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        var hits = searcher.Search(query, count).ScoreDocs;
        return hits.Select(h => (searcher.Doc(h.Doc).GetField(IndexField).GetInt32Value() ?? -1, (double)h.Score)).ToList();
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
