namespace Thorbecke.Web.Tests;

/// <summary>One app and one browser for all web tests; the tests in it run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class WebGroup : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
