using System.Data.Common;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Text;
using Thorbecke.Storage.Json;
using Thorbecke.Storage.Sql;

namespace Thorbecke.Storage.Rows;

/// <summary>Reads and writes the <c>documents</c>, <c>pages</c> and <c>passages</c> tables.</summary>
internal static class DocumentRows
{
    private const string SelectInfo = "SELECT id, file, sha256, party, kind, title, election, pages, printed_page_offset, published_on FROM documents";

    public static Document? FindBySha256(DbTransaction transaction, string sha256) =>
        LoadWithText(transaction, transaction.Command(SelectInfo + " WHERE sha256 = @key").With("@key", sha256));

    public static Document? FindById(DbTransaction transaction, string id) =>
        LoadWithText(transaction, transaction.Command(SelectInfo + " WHERE id = @key").With("@key", id));

    /// <summary>Every document, in the order they were first stored.</summary>
    public static IReadOnlyList<DocumentInfo> List(DbTransaction transaction) =>
        ReadInfos(transaction.Command(SelectInfo + " ORDER BY created_at, id"));

    /// <summary>
    /// Inserts the document with its pages and passages, or, when its content hash is already stored,
    /// updates only its description: the text of the same bytes does not change, and rows that hang
    /// off the document (results, reviews) must survive.
    /// </summary>
    public static void Save(DbTransaction transaction, Document document)
    {
        var info = document.Info;
        var updated = transaction.Command("""
                UPDATE documents SET file = @file, party = @party, kind = @kind, title = @title, election = @election,
                    printed_page_offset = @offset, published_on = @published_on
                WHERE sha256 = @sha256
                """)
            .WithDescription(info)
            .With("@sha256", info.Sha256)
            .ExecuteNonQuery();
        if (updated > 0)
        {
            return;
        }

        transaction.Command("""
                INSERT INTO documents (id, sha256, file, party, kind, title, election, pages, printed_page_offset, published_on, created_at)
                VALUES (@id, @sha256, @file, @party, @kind, @title, @election, @pages, @offset, @published_on, @created_at)
                """)
            .With("@id", info.Id)
            .With("@sha256", info.Sha256)
            .WithDescription(info)
            .With("@pages", info.Pages)
            .With("@created_at", Timestamps.Now())
            .ExecuteNonQuery();
        InsertPages(transaction, info.Id, document.Pages);
        InsertPassages(transaction, info.Id, document.Passages);
    }

    private static void InsertPages(DbTransaction transaction, string documentId, IReadOnlyList<Page> pages)
    {
        using var insert = transaction.Command("INSERT INTO pages (document_id, number, text) VALUES (@document_id, @number, @text)")
            .With("@document_id", documentId)
            .With("@number", 0)
            .With("@text", "");
        foreach (var page in pages)
        {
            insert.Set("@number", page.Number).Set("@text", page.Text).ExecuteNonQuery();
        }
    }

    private static void InsertPassages(DbTransaction transaction, string documentId, IReadOnlyList<Passage> passages)
    {
        using var insert = transaction.Command("""
                INSERT INTO passages (document_id, idx, page, text, heading_path)
                VALUES (@document_id, @idx, @page, @text, @heading_path)
                """)
            .With("@document_id", documentId)
            .With("@idx", 0)
            .With("@page", 0)
            .With("@text", "")
            .With("@heading_path", "[]");
        foreach (var passage in passages)
        {
            insert.Set("@idx", passage.Index)
                .Set("@page", passage.Page)
                .Set("@text", passage.Text)
                .Set("@heading_path", HeadingPathJson.Write(passage.HeadingPath))
                .ExecuteNonQuery();
        }
    }

    private static Document? LoadWithText(DbTransaction transaction, DbCommand select)
    {
        using (select)
        {
            var info = ReadInfos(select).FirstOrDefault();
            return info is null ? null : new Document(info, ReadPages(transaction, info.Id), ReadPassages(transaction, info.Id));
        }
    }

    private static List<DocumentInfo> ReadInfos(DbCommand select)
    {
        var infos = new List<DocumentInfo>();
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            infos.Add(ReadInfo(reader));
        }

        return infos;
    }

    /// <summary>The columns a later save may change: everything but the identity, the text and the page count.</summary>
    private static DbCommand WithDescription(this DbCommand command, DocumentInfo info) => command
        .With("@file", info.File)
        .With("@party", info.Party)
        .With("@kind", info.Kind)
        .With("@title", info.Title)
        .With("@election", info.Election)
        .With("@offset", info.PrintedPageOffset)
        .With("@published_on", info.Date is { } date ? IsoDate.Write(date) : null);

    /// <summary>Reads a row whose columns are id, file, sha256, party, kind, title, election, pages, printed_page_offset, published_on, in that order.</summary>
    public static DocumentInfo ReadInfo(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetNullableString(6),
        reader.GetInt32(7))
    {
        PrintedPageOffset = reader.GetInt32(8),
        Date = reader.GetNullableString(9) is { } date ? IsoDate.Read(date) : null,
    };

    private static List<Page> ReadPages(DbTransaction transaction, string documentId)
    {
        using var select = transaction.Command("SELECT number, text FROM pages WHERE document_id = @id ORDER BY number")
            .With("@id", documentId);
        using var reader = select.ExecuteReader();
        var pages = new List<Page>();
        while (reader.Read())
        {
            pages.Add(new Page(reader.GetInt32(0), reader.GetString(1)));
        }

        return pages;
    }

    private static List<Passage> ReadPassages(DbTransaction transaction, string documentId)
    {
        using var select = transaction.Command("SELECT idx, page, text, heading_path FROM passages WHERE document_id = @id ORDER BY idx")
            .With("@id", documentId);
        using var reader = select.ExecuteReader();
        var passages = new List<Passage>();
        while (reader.Read())
        {
            passages.Add(new Passage(reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2), HeadingPathJson.Read(reader.GetString(3))));
        }

        return passages;
    }
}
