using System.Data.Common;
using System.Text.Json;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;
using Thorbecke.Storage.Json;
using Thorbecke.Storage.Sql;

namespace Thorbecke.Storage.Rows;

/// <summary>Reads and appends <c>reviews</c>: one row per version of a cell's review, never updated or deleted.</summary>
internal static class ReviewRows
{
    private const string Columns = "ask_id, document_id, version, verdict, confirmed, evidence_json, comment, reviewer, reviewed_at";

    public static Review Save(DbTransaction transaction, ReviewRequest request, DateTimeOffset at)
    {
        var history = History(transaction, request.Ask, request.Document);
        var current = history.Count == 0 ? null : history[^1];
        if (current is null && request.SeenVersion != 0)
        {
            throw new ArgumentException($"Versie {request.SeenVersion} van deze beoordeling bestaat niet; de cel is nog niet beoordeeld.", nameof(request));
        }

        if (current is not null && current.Version != request.SeenVersion)
        {
            throw new ReviewConflictException(current);
        }

        var review = new Review(request.Ask, request.Document, request.SeenVersion + 1, request.Verdict, request.Confirmed,
            request.Evidence, string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim(), request.Reviewer, at);
        using var insert = transaction.Command($"INSERT INTO reviews ({Columns}) VALUES (@ask, @document, @version, @verdict, @confirmed, @evidence, @comment, @reviewer, @at)")
            .With("@ask", review.Ask)
            .With("@document", review.Document)
            .With("@version", review.Version)
            .With("@verdict", review.Verdict.ToWire())
            .With("@confirmed", review.Confirmed ? 1 : 0)
            .With("@evidence", JsonSerializer.Serialize(review.Evidence, StoredJson.Options))
            .With("@comment", review.Comment)
            .With("@reviewer", review.Reviewer)
            .With("@at", Timestamps.Write(at));
        insert.ExecuteNonQuery();
        return review;
    }

    public static IReadOnlyList<Review> History(DbTransaction transaction, string ask, string document)
    {
        using var select = transaction.Command($"SELECT {Columns} FROM reviews WHERE ask_id = @ask AND document_id = @document ORDER BY version")
            .With("@ask", ask)
            .With("@document", document);
        return ReadAll(select);
    }

    public static IReadOnlyList<Review> Current(DbTransaction transaction)
    {
        using var select = transaction.Command($"""
            SELECT {Columns} FROM reviews r
            WHERE version = (SELECT MAX(version) FROM reviews x WHERE x.ask_id = r.ask_id AND x.document_id = r.document_id)
            ORDER BY document_id, ask_id
            """);
        return ReadAll(select);
    }

    private static List<Review> ReadAll(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var reviews = new List<Review>();
        while (reader.Read())
        {
            reviews.Add(new Review(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetInt32(2),
                VerdictNames.Parse(reader.GetString(3)),
                reader.GetInt32(4) == 1,
                JsonSerializer.Deserialize<List<ReviewEvidence>>(reader.GetString(5), StoredJson.Options) ?? [],
                reader.GetNullableString(6),
                reader.GetString(7),
                new DateTimeOffset(Timestamps.Parse(reader.GetString(8)), TimeSpan.Zero)));
        }

        return reviews;
    }
}
