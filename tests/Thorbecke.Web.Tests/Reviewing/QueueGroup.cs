namespace Thorbecke.Web.Tests.Reviewing;

/// <summary>The review queue and confidence filter tests share one app whose reviews never change.</summary>
[CollectionDefinition(Name)]
public sealed class QueueGroup : ICollectionFixture<QueueFixture>
{
    public const string Name = "queue";
}
