using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Thorbecke.Storage;
using Thorbecke.Storage.Files;
using Thorbecke.Web.Api;
using Thorbecke.Web.Money;
using Thorbecke.Web.Reviewing;
using Thorbecke.Web.Security;
using Thorbecke.Web.Uploads;

namespace Thorbecke.Web;

/// <summary>
/// The analysts' web app: the matrix of the latest scan, the evidence per ask and document, reviews, exports and a
/// JSON API, all over the same SQLite file the CLI fills; and the gemeentefonds scenarios of a folder, compared. Every page needs a login (see <c>thorbecke accounts add</c>).
/// </summary>
public static class WebApp
{
    /// <summary>Builds the app, ready to <c>Run()</c> or <c>StartAsync()</c>; the routes are listed in <see cref="Routes"/>.</summary>
    public static WebApplication Build(WebAppOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var database = Path.GetFullPath(options.DatabasePath);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = typeof(WebApp).Assembly.GetName().Name });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        builder.Services.AddSingleton(_ => new SqliteScanStore(database));
        builder.Services.AddSingleton(_ => DocumentArchive.BesideDatabase(database));
        builder.Services.AddSingleton<ReportSource>();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ScanQueue>();
        builder.Services.AddHostedService<ScanWorker>();
        builder.Services.AddSingleton<RelearnQueue>();
        builder.Services.AddHostedService<RelearnWorker>();

        builder.AddUploadSizeLimits(options);
        builder.Services.AddSingleton(new MoneySource(options));
        builder.Services.AddThorbeckeSecurity(options);

        // Keys beside the database, so logins survive a restart of 'thorbecke serve' and belong to that database.
        builder.Services.AddDataProtection()
            .SetApplicationName("Thorbecke")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetDirectoryName(database)!, "thorbecke-sleutels")));
        // Numbers are numbers: the web default also reads "12" as 12, which the OpenAPI document would then advertise.
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer<StableDocumentTransformer>());

        var app = builder.Build();
        app.UseUploadSizeLimits();
        app.UseThorbeckeSecurity(options);
        app.MapRoutes();
        return app;
    }
}
