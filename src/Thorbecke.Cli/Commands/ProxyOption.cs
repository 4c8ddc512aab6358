using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using Thorbecke.Web;

namespace Thorbecke.Cli.Commands;

/// <summary>
/// <c>serve --proxy [ADRES...]</c>: the app runs behind a reverse proxy that ends TLS. Without an address only a
/// proxy on this machine is trusted; otherwise the addresses or networks given (the option may be repeated).
/// </summary>
internal static class ProxyOption
{
    public static Option<string[]> Create() => new("--proxy")
    {
        Description = "De webapp draait achter een reverse proxy die HTTPS afhandelt: neem het adres van de bezoeker en https over uit "
            + "X-Forwarded-For en X-Forwarded-Proto, maar alleen van deze proxy (IP-adres of netwerk, zoals 10.0.0.5 of 10.0.0.0/24; "
            + "herhaalbaar). Zonder adres: een proxy op deze machine. Cookies krijgen dan Secure en de webapp stuurt HSTS.",
        HelpName = "adres",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Null when the option is absent; the networks to trust, or the first value that is no address or network.</summary>
    public static (IReadOnlyList<IPNetwork>? Proxies, string? Invalid) Read(ParseResult parse, Option<string[]> option)
    {
        if (parse.GetResult(option) is null)
        {
            return (null, null);
        }

        var given = parse.GetValue(option) ?? [];
        if (given.Length == 0)
        {
            return (WebAppOptions.LoopbackProxies, null);
        }

        var networks = new List<IPNetwork>();
        foreach (var text in given)
        {
            if (IPNetwork.TryParse(text, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(text, out var address))
            {
                networks.Add(new IPNetwork(address, address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128));
            }
            else
            {
                return (null, text);
            }
        }

        return (networks, null);
    }
}
