using System.CommandLine;

namespace Thorbecke.Cli.Commands.Money;

/// <summary><c>thorbecke money</c>: the gemeentefonds scenarios (run, compare), their inputs, and money found in documents.</summary>
internal static class MoneyCommand
{
    public static Command Create() => new("money", "Reken scenario's voor het gemeentefonds door en vind bedragen in documenten.")
    {
        MoneyRunCommand.CreateRun(),
        MoneyRunCommand.CreateCompare(),
        MoneyInputsCommand.Create(),
        MoneyFindCommand.Create(),
    };
}
