using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Thorbecke.Web.Api;

/// <summary>
/// Drops the server address (host and port of the request) from the generated OpenAPI document, so the committed
/// openapi.json changes only when the API does.
/// </summary>
internal sealed class StableDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Servers?.Clear();
        document.Info.Title = "Thorbecke";
        document.Info.Description = "De JSON-API van de Thorbecke-webapp: resultaten van de laatste scan en beoordelingen van analisten.";
        return Task.CompletedTask;
    }
}
