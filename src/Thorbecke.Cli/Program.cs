using System.CommandLine;
using System.Globalization;
using Thorbecke.Cli.Commands;
using Thorbecke.Cli.Commands.Database;
using Thorbecke.Cli.Commands.Money;
using Thorbecke.Cli.Terminal;

namespace Thorbecke.Cli;

/// <summary>The <c>thorbecke</c> command line: one file per command under Commands/.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // Users read Dutch; files and JSON stay invariant because every formatter names its culture.
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("nl-NL");
        Console.OutputEncoding = System.Text.Encoding.UTF8;

        var root = new RootCommand("Thorbecke: toetst verkiezingsprogramma's en regeerakkoorden aan de inzet van gemeenten.")
        {
            ScanCommand.Create(),
            ReportCommand.Create(),
            MemoCommand.Create(),
            ChangesCommand.Create(),
            AgendaCommand.Create(),
            EvalCommand.Create(),
            TrainCommand.Create(),
            MoneyCommand.Create(),
            ServeCommand.Create(),
            AccountsCommand.Create(),
            DbCommand.Create(),
        };
        DutchHelp.Install(root);
        return CommandRunner.Run(root, args);
    }
}
