using System.Data.Common;
using Thorbecke.Core.Verdicts;
using Thorbecke.Storage.Sql;

namespace Thorbecke.Storage.Rows;

/// <summary>Reads and writes the <c>results</c> and <c>evidence</c> tables, one result set at a time.</summary>
internal static class ResultRows
{
    private const string WhereKey = " WHERE agenda_fingerprint = @fingerprint AND engine_version = @engine AND document_id = @document";

    /// <summary>The results in the order they were saved (the agenda's ask order), or null when none are stored.</summary>
    public static IReadOnlyList<AskResult>? Find(DbTransaction transaction, ResultKey key)
    {
        var evidence = ReadEvidence(transaction, key);
        using var select = WithKey(transaction.Command(
            "SELECT ask_id, verdict, confidence, rationale FROM results" + WhereKey + " ORDER BY position"), key);
        using var reader = select.ExecuteReader();
        var results = new List<AskResult>();
        while (reader.Read())
        {
            var ask = reader.GetString(0);
            results.Add(new AskResult(
                ask,
                key.DocumentId,
                VerdictNames.Parse(reader.GetString(1)),
                reader.GetDouble(2),
                evidence.TryGetValue(ask, out var quotes) ? quotes : [],
                reader.GetString(3)));
        }

        return results.Count == 0 ? null : results;
    }

    /// <summary>Deletes the result set of <paramref name="key"/> and writes the new one; nothing else is touched.</summary>
    public static void Replace(DbTransaction transaction, ResultKey key, IReadOnlyList<AskResult> results)
    {
        // Evidence first: it references the result rows.
        WithKey(transaction.Command("DELETE FROM evidence" + WhereKey), key).ExecuteNonQuery();
        WithKey(transaction.Command("DELETE FROM results" + WhereKey), key).ExecuteNonQuery();

        using var insertResult = WithKey(transaction.Command("""
                INSERT INTO results (agenda_fingerprint, engine_version, document_id, ask_id, position, verdict, confidence, rationale)
                VALUES (@fingerprint, @engine, @document, @ask, @position, @verdict, @confidence, @rationale)
                """), key)
            .With("@ask", "")
            .With("@position", 0)
            .With("@verdict", "")
            .With("@confidence", 0.0)
            .With("@rationale", "");
        using var insertEvidence = WithKey(transaction.Command("""
                INSERT INTO evidence (agenda_fingerprint, engine_version, document_id, ask_id, rank, page, quote, score)
                VALUES (@fingerprint, @engine, @document, @ask, @rank, @page, @quote, @score)
                """), key)
            .With("@ask", "")
            .With("@rank", 0)
            .With("@page", 0)
            .With("@quote", "")
            .With("@score", 0.0);

        for (var position = 0; position < results.Count; position++)
        {
            var result = results[position];
            insertResult.Set("@ask", result.Ask)
                .Set("@position", position)
                .Set("@verdict", result.Verdict.ToWire())
                .Set("@confidence", result.Confidence)
                .Set("@rationale", result.Rationale)
                .ExecuteNonQuery();
            for (var rank = 0; rank < result.Evidence.Count; rank++)
            {
                var evidence = result.Evidence[rank];
                insertEvidence.Set("@ask", result.Ask)
                    .Set("@rank", rank)
                    .Set("@page", evidence.Page)
                    .Set("@quote", evidence.Quote)
                    .Set("@score", evidence.Score)
                    .ExecuteNonQuery();
            }
        }
    }

    private static Dictionary<string, List<Evidence>> ReadEvidence(DbTransaction transaction, ResultKey key)
    {
        using var select = WithKey(transaction.Command(
            "SELECT ask_id, page, quote, score FROM evidence" + WhereKey + " ORDER BY ask_id, rank"), key);
        using var reader = select.ExecuteReader();
        var evidence = new Dictionary<string, List<Evidence>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var ask = reader.GetString(0);
            if (!evidence.TryGetValue(ask, out var quotes))
            {
                evidence[ask] = quotes = [];
            }

            quotes.Add(new Evidence(reader.GetInt32(1), reader.GetString(2), reader.GetDouble(3)));
        }

        return evidence;
    }

    private static DbCommand WithKey(DbCommand command, ResultKey key) => command
        .With("@fingerprint", key.AgendaFingerprint)
        .With("@engine", key.EngineVersion)
        .With("@document", key.DocumentId);
}
