using Thorbecke.Storage;

namespace Thorbecke.Web.Tests.Uploads;

/// <summary>The app on a database with accounts but no scan yet, as on a fresh install: documents come in by upload.</summary>
public sealed class EmptyWebFixture : WebFixture
{
    protected override void Seed(SqliteScanStore store)
    {
    }
}

/// <summary>The upload tests share one empty app; what one upload adds, the next one builds on.</summary>
[CollectionDefinition(Name)]
public sealed class UploadGroup : ICollectionFixture<EmptyWebFixture>
{
    public const string Name = "upload";
}
