using Thorbecke.Testing;

namespace Thorbecke.Web.Tests.Api;

/// <summary>
/// The committed src/Thorbecke.Web/openapi.json is the API's contract: a change to the API shows in the diff. When
/// the generated document differs, it is written next to it as openapi.received.json for the developer to copy.
/// </summary>
[Collection(WebGroup.Name)]
public sealed class OpenApiDocumentTests(WebFixture web)
{
    [Fact]
    public async Task Should_match_the_committed_openapi_json()
    {
        using var session = await Session.LogIn(web, "vera");
        var generated = Normalize(await session.Client.GetStringAsync("/openapi/v1.json"));
        var committedPath = Path.Combine(RepoPaths.Root, "src", "Thorbecke.Web", "openapi.json");
        var receivedPath = Path.Combine(RepoPaths.Root, "src", "Thorbecke.Web", "openapi.received.json");

        var committed = File.Exists(committedPath) ? Normalize(await File.ReadAllTextAsync(committedPath)) : "";
        if (committed != generated)
        {
            await File.WriteAllTextAsync(receivedPath, generated);
            Assert.Fail($"The API changed: compare {receivedPath} with {committedPath} and copy it over if the change is intended.");
        }

        File.Delete(receivedPath);
    }

    private static string Normalize(string json) => json.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
}
