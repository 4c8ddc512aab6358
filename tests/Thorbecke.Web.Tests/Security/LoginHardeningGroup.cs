namespace Thorbecke.Web.Tests.Security;

/// <summary>The login hardening tests share one app with the real limits; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class LoginHardeningGroup : ICollectionFixture<LoginHardeningFixture>
{
    public const string Name = "login-hardening";
}
