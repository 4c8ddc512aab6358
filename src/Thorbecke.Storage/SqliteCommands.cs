using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Thorbecke.Storage;

/// <summary>Short-hands that keep the row classes about SQL rather than about ADO.NET plumbing.</summary>
internal static class SqliteCommands
{
    /// <summary>A command enlisted in <paramref name="transaction"/>; Microsoft.Data.Sqlite refuses commands that are not.</summary>
    public static SqliteCommand Command(this SqliteTransaction transaction, string sql)
    {
        var connection = transaction.Connection
            ?? throw new InvalidOperationException("The transaction has already been committed or rolled back.");
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>Adds a parameter; null becomes SQL NULL.</summary>
    public static SqliteCommand With(this SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    /// <summary>Sets the value of a parameter added before, for commands that are prepared once and run per row.</summary>
    public static SqliteCommand Set(this SqliteCommand command, string name, object? value)
    {
        command.Parameters[name].Value = value ?? DBNull.Value;
        return command;
    }

    public static string? GetNullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long ExecuteInt64(this SqliteCommand command) =>
        Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
}
