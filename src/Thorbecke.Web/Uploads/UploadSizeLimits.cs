using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Thorbecke.Web.Uploads;

/// <summary>
/// Request body limits: room for a few files at the upload limit on the upload route only, and a small body
/// everywhere else, so the login form and the API cannot be sent hundreds of megabytes.
/// </summary>
internal static class UploadSizeLimits
{
    /// <summary>Enough for any form or review JSON of this app.</summary>
    public const long OtherRequestBytes = 1024 * 1024;

    /// <summary>A post may carry a few files at the per-file limit; each file is checked against that limit on its own.</summary>
    public static long UploadRequestBytes(WebAppOptions options) => (options.MaxUploadBytes * 4) + OtherRequestBytes;

    public static void AddUploadSizeLimits(this WebApplicationBuilder builder, WebAppOptions options)
    {
        var upload = UploadRequestBytes(options);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = upload);
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = upload);
    }

    public static IApplicationBuilder UseUploadSizeLimits(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments(UploadHandlers.Path, StringComparison.Ordinal)
            && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = OtherRequestBytes;
        }

        return next(context);
    });
}
