namespace Thorbecke.Storage.Postgres;

/// <summary>Why an address is not a PostgreSQL database, in words for the user; <see cref="PostgresAddress"/> wraps it.</summary>
internal sealed class InvalidAddressException(string message, Exception? inner = null) : Exception(message, inner);
