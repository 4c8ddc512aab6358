using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Thorbecke.Storage.Homes;
using Thorbecke.Storage.Postgres.Homes;
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
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = typeof(WebApp).Assembly.GetName().Name });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        builder.Services.AddSingleton(_ => ProjectHomes.Open(options.DatabasePath));
        builder.Services.AddSingleton(services => services.GetRequiredService<ProjectHome>().Store);
        builder.Services.AddSingleton<ReportSource>();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ScanQueue>();
        builder.Services.AddHostedService<ScanWorker>();
        builder.Services.AddSingleton<RelearnQueue>();
        builder.Services.AddHostedService<RelearnWorker>();

        builder.AddUploadSizeLimits(options);
        builder.Services.AddSingleton(new MoneySource(options));
        builder.Services.AddThorbeckeSecurity(options);

        // Keys with the project, so logins survive a restart of 'thorbecke serve', belong to that project and are
        // accepted by every app instance on it.
        builder.Services.AddDataProtection().SetApplicationName("Thorbecke");
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services =>
            new ConfigureOptions<KeyManagementOptions>(keys => keys.XmlRepository = new LoginKeyRepository(services.GetRequiredService<ProjectHome>().LoginKeys)));
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
