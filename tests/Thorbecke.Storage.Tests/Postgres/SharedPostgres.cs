using Thorbecke.Testing.Postgres;

namespace Thorbecke.Storage.Tests.Postgres;

/// <summary>The test classes that share one throwaway PostgreSQL server; each test makes its own database on it.</summary>
[CollectionDefinition(Name)]
public sealed class SharedPostgres : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
