namespace Thorbecke.Web.Tests.Reviewing;

/// <summary>The learning tests change what the app stores, so they have an app of their own.</summary>
[CollectionDefinition(Name)]
public sealed class RelearnGroup : ICollectionFixture<RelearnFixture>
{
    public const string Name = "relearn";
}
