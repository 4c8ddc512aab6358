using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Thorbecke.Web.Security;

/// <summary>
/// Behind a TLS proxy the app sees plain HTTP from the proxy, so the client's address and scheme are taken from
/// X-Forwarded-For and X-Forwarded-Proto, but only when they come from a proxy named in
/// <see cref="WebAppOptions.TrustedProxies"/>; anyone else could send them to dodge the login limits. Applied
/// first, so the cookies are marked Secure and HSTS is sent whenever the browser's request was HTTPS.
/// </summary>
internal static class TransportSecurity
{
    public static IServiceCollection AddTransportSecurity(this IServiceCollection services, WebAppOptions options)
    {
        if (options.TrustedProxies is { } proxies)
        {
            services.Configure<ForwardedHeadersOptions>(forwarded =>
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                forwarded.KnownProxies.Clear();
                forwarded.KnownIPNetworks.Clear();
                foreach (var proxy in proxies)
                {
                    forwarded.KnownIPNetworks.Add(proxy);
                }
            });
        }

        return services;
    }

    public static void UseTransportSecurity(this WebApplication app, WebAppOptions options)
    {
        if (options.TrustedProxies is not null)
        {
            app.UseForwardedHeaders();
        }

        // Only over HTTPS and, by default, never for localhost, so a developer's plain-HTTP browser is not pinned.
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
    }
}
