using System.CommandLine;
using Thorbecke.Web;

namespace Thorbecke.Cli.Commands;

/// <summary><c>thorbecke serve</c>: the analysts' web app on the database the CLI fills.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var database = DatabaseOption.Create();
        var urls = new Option<string>("--urls") { Description = "Waar de webapp luistert.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var command = new Command("serve", "Start de webapp: matrix, bewijs, beoordelen, vergelijken en exporteren.") { database, urls };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(database);
            Console.WriteLine($"Thorbecke luistert op {parse.GetRequiredValue(urls)} (database {path}); stop met Ctrl+C.");
            WebApp.Build(new WebAppOptions(path, parse.GetRequiredValue(urls))).Run();
            return 0;
        });
        return command;
    }
}
