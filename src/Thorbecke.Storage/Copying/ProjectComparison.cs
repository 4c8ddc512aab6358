using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Thorbecke.Storage.Homes;
using Thorbecke.Storage.Sql;

namespace Thorbecke.Storage.Copying;

/// <summary>
/// <c>thorbecke db check</c>: every table of a project as a count and a content hash, and, for two projects, whether
/// they hold the same. Values are hashed as text in the invariant culture, so a number read back as another integer
/// type by another database still hashes the same.
/// </summary>
/// <param name="Source">The digests of the first project, in table order.</param>
/// <param name="Target">The digests of the second project; null when only one was checked.</param>
public sealed record ProjectComparison(IReadOnlyList<TableDigest> Source, IReadOnlyList<TableDigest>? Target)
{
    /// <summary>Whether the two projects hold the same rows and originals (true for a single project).</summary>
    public bool Same => Target is null || Source.SequenceEqual(Target);

    public static ProjectComparison Of(ProjectHome source, ProjectHome? target) =>
        new(Digest(source), target is null ? null : Digest(target));

    public static IReadOnlyList<TableDigest> Digest(ProjectHome home)
    {
        var tables = home.Store.Database.Read(transaction => ProjectTables.All.Select(t => DigestTable(transaction, t.Table, t.OrderBy)).ToList());
        return [.. tables, DigestOriginals(home)];
    }

    private static TableDigest DigestTable(DbTransaction transaction, string table, string orderBy)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var select = transaction.Command($"SELECT * FROM {table} ORDER BY {orderBy}");
        using var reader = select.ExecuteReader();
        var rows = 0L;
        var values = new object[reader.FieldCount];
        while (reader.Read())
        {
            rows++;
            reader.GetValues(values);
            hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\u001f', values.Select(Text)) + "\u001e"));
        }

        return new TableDigest(table, rows, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static TableDigest DigestOriginals(ProjectHome home)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = 0L;
        foreach (var document in home.Store.ListDocuments().OrderBy(d => d.Sha256, StringComparer.Ordinal))
        {
            if (home.Originals.Load(document) is { } content)
            {
                files++;
                hash.AppendData(SHA256.HashData(content));
            }
        }

        return new TableDigest("originelen", files, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static string Text(object value) => value switch
    {
        DBNull => "\u2400",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
