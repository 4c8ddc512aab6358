namespace Thorbecke.Cli.Tests;

/// <summary>Tests that scan the real corpus share one uninterrupted scan and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class RealCorpus : ICollectionFixture<CorpusScanFixture>
{
    public const string Name = "real corpus";
}
