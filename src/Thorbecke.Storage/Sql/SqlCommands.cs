using System.Data.Common;
using System.Globalization;

namespace Thorbecke.Storage.Sql;

/// <summary>
/// Short-hands that keep the row classes about SQL rather than about ADO.NET plumbing. They work on any provider:
/// the rows are written once for SQLite and PostgreSQL, with <c>@name</c> parameters both understand.
/// </summary>
public static class SqlCommands
{
    /// <summary>A command enlisted in <paramref name="transaction"/>; providers refuse commands that are not.</summary>
    public static DbCommand Command(this DbTransaction transaction, string sql)
    {
        var connection = transaction.Connection
            ?? throw new InvalidOperationException("The transaction has already been committed or rolled back.");
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>Adds a parameter; null becomes SQL NULL.</summary>
    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    /// <summary>Sets the value of a parameter added before, for commands that are prepared once and run per row.</summary>
    public static DbCommand Set(this DbCommand command, string name, object? value)
    {
        command.Parameters[name].Value = value ?? DBNull.Value;
        return command;
    }

    public static string? GetNullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long ExecuteInt64(this DbCommand command) =>
        Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
}
