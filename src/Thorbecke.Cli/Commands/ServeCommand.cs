using System.CommandLine;
using Thorbecke.Cli.Commands.Money;
using Thorbecke.Cli.Terminal;
using Thorbecke.Storage.Postgres.Homes;
using Thorbecke.Web;

namespace Thorbecke.Cli.Commands;

/// <summary><c>thorbecke serve</c>: the analysts' web app on the database the CLI fills, and the money files for its Geld pages.</summary>
internal static class ServeCommand
{
    private const string DefaultScenarioFolder = "scenarios";

    public static Command Create()
    {
        var database = DatabaseOption.Create();
        var urls = new Option<string>("--urls") { Description = "Waar de webapp luistert.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var scenarios = new Option<string?>("--scenarios")
        {
            Description = "Een map met scenariobestanden (YAML, ook in submappen) voor de pagina Geld; standaard de map 'scenarios' hier, als die bestaat.",
            HelpName = "map",
        };

        var proxy = ProxyOption.Create();

        // The same options, names and help texts as 'money run' and 'money compare'.
        var money = new MoneyOptions();
        var command = new Command("serve", "Start de webapp: matrix, bewijs, beoordelen, vergelijken, exporteren en scenario's voor het gemeentefonds.")
        {
            database, urls, proxy, scenarios, money.Municipalities, money.Maatstaven, money.Tasks, money.Inputs,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(database);
            var given = parse.GetValue(scenarios) ?? (Directory.Exists(DefaultScenarioFolder) ? DefaultScenarioFolder : null);
            var folder = given is null ? null : Path.GetFullPath(given);
            var (proxies, invalid) = ProxyOption.Read(parse, proxy);
            if (invalid is not null)
            {
                Console.Error.WriteLine($"Fout: '{invalid}' is geen IP-adres of netwerk (zoals 10.0.0.5 of 10.0.0.0/24) voor --proxy.");
                return CommandRunner.Failure;
            }

            var options = new WebAppOptions(path, parse.GetRequiredValue(urls))
            {
                ScenarioFolder = folder,
                MunicipalitiesPath = parse.GetValue(money.Municipalities),
                MaatstavenPath = parse.GetValue(money.Maatstaven),
                TasksPath = parse.GetValue(money.Tasks),
                InputsPath = parse.GetValue(money.Inputs),
                TrustedProxies = proxies,
            };
            if (Missing(options) is { } missing)
            {
                Console.Error.WriteLine($"Fout: {missing} bestaat niet.");
                return CommandRunner.Failure;
            }

            Console.WriteLine($"Thorbecke luistert op {parse.GetRequiredValue(urls)} (database {ProjectHomes.Describe(path)}); stop met Ctrl+C.");
            Console.WriteLine(folder is null
                ? "Geen map met scenario's: de pagina Geld legt uit hoe u er een opgeeft (--scenarios MAP)."
                : $"Scenario's voor de pagina Geld: {folder}");
            if (proxies is not null)
            {
                Console.WriteLine($"Achter een proxy: X-Forwarded-For en X-Forwarded-Proto worden vertrouwd van {string.Join(", ", proxies)}.");
            }

            WebApp.Build(options).Run();
            return 0;
        });
        return command;
    }

    /// <summary>
    /// A named folder or file that is not there, so a typo stops the start instead of showing up later as an
    /// empty page; files that exist are read on every request, so they can be edited while the app runs.
    /// </summary>
    private static string? Missing(WebAppOptions options)
    {
        if (options.ScenarioFolder is { } folder && !Directory.Exists(folder))
        {
            return $"de map met scenario's {folder}";
        }

        return new[] { options.MunicipalitiesPath, options.MaatstavenPath, options.TasksPath, options.InputsPath }
            .FirstOrDefault(file => file is not null && !File.Exists(file)) is { } file
            ? $"het bestand {file}"
            : null;
    }
}
