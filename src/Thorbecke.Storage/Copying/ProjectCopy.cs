using System.Data.Common;
using Thorbecke.Storage.Homes;
using Thorbecke.Storage.Sql;

namespace Thorbecke.Storage.Copying;

/// <summary>
/// <c>thorbecke db copy</c>: moves a whole project from one home to another (SQLite to PostgreSQL and back): every row
/// with its own ids, the originals, the files of uploads not scanned yet and the login keys. The rows are written in
/// one transaction, so a copy that fails leaves the target as empty as it was.
/// </summary>
public static class ProjectCopy
{
    /// <exception cref="InvalidOperationException">The target already holds a project; nothing is copied.</exception>
    public static ProjectComparison Copy(ProjectHome from, ProjectHome to)
    {
        var occupied = to.Store.Database.Read(target => ProjectTables.All.FirstOrDefault(t => Count(target, t.Table) > 0).Table);
        if (occupied is not null)
        {
            throw new InvalidOperationException($"{to.Name} bevat al een project (tabel {occupied} is niet leeg); kies een lege database.");
        }

        from.Store.Database.Read(source => to.Store.Database.Write(target =>
        {
            foreach (var (table, orderBy) in ProjectTables.All)
            {
                CopyRows(source, target, table, orderBy);
            }

            to.Store.AfterCopy(target);
            return true;
        }));

        foreach (var document in from.Store.ListDocuments())
        {
            if (from.Originals.Load(document) is { } content)
            {
                to.Originals.Keep(document.Sha256, Path.GetExtension(document.File), content);
            }
        }

        foreach (var upload in from.Store.RecentUploads(int.MaxValue))
        {
            if (from.Uploads.Load(upload.Id, upload.Scannable.Count) is { } files)
            {
                to.Uploads.Keep(upload.Id, files);
            }
        }

        var keys = to.LoginKeys.All().ToHashSet(StringComparer.Ordinal);
        foreach (var (key, i) in from.LoginKeys.All().Select((k, i) => (k, i)).Where(k => !keys.Contains(k.k)))
        {
            to.LoginKeys.Add($"key-copied-{i}", key);
        }

        return ProjectComparison.Of(from, to);
    }

    internal static long Count(DbTransaction transaction, string table) =>
        transaction.Command($"SELECT COUNT(*) FROM {table}").ExecuteInt64();

    private static void CopyRows(DbTransaction source, DbTransaction target, string table, string orderBy)
    {
        using var select = source.Command($"SELECT * FROM {table} ORDER BY {orderBy}");
        using var reader = select.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        using var insert = target.Command(
            $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "@" + c))})");
        foreach (var column in columns)
        {
            insert.With("@" + column, null);
        }

        while (reader.Read())
        {
            for (var i = 0; i < columns.Count; i++)
            {
                insert.Set("@" + columns[i], reader.IsDBNull(i) ? null : reader.GetValue(i));
            }

            insert.ExecuteNonQuery();
        }
    }
}
