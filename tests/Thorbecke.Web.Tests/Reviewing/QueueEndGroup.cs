namespace Thorbecke.Web.Tests.Reviewing;

/// <summary>One app for the walk through the last cells of the queue; nothing else may review there.</summary>
[CollectionDefinition(Name)]
public sealed class QueueEndGroup : ICollectionFixture<QueueEndFixture>
{
    public const string Name = "queue-end";
}
