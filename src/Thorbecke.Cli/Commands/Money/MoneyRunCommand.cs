using System.CommandLine;
using Spectre.Console;
using Thorbecke.Cli.Terminal;
using Thorbecke.Finance;
using Thorbecke.Finance.Balance;
using Thorbecke.Finance.Distribution;
using Thorbecke.Finance.Files.Workbench;
using Thorbecke.Finance.Projection;
using Thorbecke.Reports.Money;

namespace Thorbecke.Cli.Commands.Money;

/// <summary>
/// <c>money run FILE</c> and <c>money compare A B ...</c>: read every file first (nothing is computed from a bad
/// file), project each scenario, print the tables, and write the report and charts when asked.
/// </summary>
internal static class MoneyRunCommand
{
    public static Command CreateRun()
    {
        var file = new Argument<string>("scenario") { Description = "Het scenariobestand (YAML of JSON)." };
        var baseline = new Option<string?>("--basis") { Description = "Een basisscenario om het verschil mee te tonen.", HelpName = "basis.yaml" };
        var options = new MoneyOptions();
        var command = new Command("run", "Reken één scenario door: het fonds per jaar, het verschil met de basis en per inwoner.") { file, baseline };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var files = parse.GetValue(baseline) is { } b ? new[] { b, parse.GetRequiredValue(file) } : [parse.GetRequiredValue(file)];
            return Run(files, parse, options);
        });
        return command;
    }

    public static Command CreateCompare()
    {
        var files = new Argument<string[]>("scenarios") { Description = "Twee of meer scenariobestanden; het eerste is de basis.", Arity = ArgumentArity.OneOrMore };
        var options = new MoneyOptions();
        var command = new Command("compare", "Zet scenario's naast elkaar, elk gemeten tegen het eerste.") { files };
        options.AddTo(command);
        command.SetAction(parse => Run(parse.GetRequiredValue(files), parse, options));
        return command;
    }

    private static int Run(IReadOnlyList<string> paths, ParseResult parse, MoneyOptions options)
    {
        try
        {
            var inputs = MoneyFiles.Inputs(parse.GetValue(options.Inputs));
            var files = paths.Select(MoneyFiles.Scenario).ToList();
            var municipalities = parse.GetValue(options.Municipalities) is { } m ? MoneyFiles.Municipalities(m) : null;
            var maatstaven = parse.GetValue(options.Maatstaven) is { } s ? MoneyFiles.Maatstaven(s) : null;
            var domains = parse.GetValue(options.Tasks) is { } t ? MoneyFiles.CostDomains(t) : null;
            var municipality = parse.GetValue(options.Municipality);
            if (municipality is not null && municipalities?.Find(municipality) is null)
            {
                Console.Error.WriteLine(municipalities is null
                    ? "Fout: --gemeente vraagt ook --gemeenten met een tabel van gemeenten."
                    : $"Fout: gemeente '{municipality}' staat niet in {parse.GetValue(options.Municipalities)}.");
                return CommandRunner.Failure;
            }

            var projections = files.Select(f => FundModel.Project(f.Scenario, inputs.ForProjectionFrom(f.Scenario.FromYear))).ToList();
            var comparison = new ScenarioComparison(projections);
            for (var i = 0; i < files.Count; i++)
            {
                AnsiConsole.WriteLine();
                MoneyTables.WriteProjection(projections[i], comparison);
                MoneyTables.WriteLevers(files[i]);
            }

            if (files.Count > 1)
            {
                AnsiConsole.WriteLine();
                MoneyTables.WriteComparison(comparison);
            }

            var effect = municipality is null
                ? null
                : MunicipalEffect.FromDistributions(comparison, municipality,
                    projections.Select(p => MunicipalEffects.For(p, municipalities!.Municipalities, maatstaven)).ToList());
            if (effect is not null)
            {
                AnsiConsole.WriteLine();
                MoneyTables.WriteMunicipality(effect);
            }

            var balances = domains is null ? null : projections.Select(p => TaskBalance.Compute(p, domains)).ToList();
            for (var i = 0; balances is not null && i < balances.Count; i++)
            {
                AnsiConsole.WriteLine();
                MoneyTables.WriteBalance(projections[i].Scenario.Id, balances[i]);
            }

            MoneyReportOutput.Write(parse.GetValue(options.Report), parse.GetValue(options.Charts), comparison, effect, balances,
                inputs.Uncertain(projections.Max(p => p.Scenario.ToYear)));
            AnsiConsole.MarkupLine("[grey]Bedragen in miljoenen euro; invoer met bron: thorbecke money inputs.[/]");
            return 0;
        }
        catch (MoneyFileException e)
        {
            Console.Error.WriteLine($"Fout in {e.Path}; er is niets berekend:");
            foreach (var problem in e.Problems)
            {
                Console.Error.WriteLine($"  {problem}");
            }

            return e.Refused ? CommandRunner.Refused : CommandRunner.Failure;
        }
        catch (FinanceInputException e)
        {
            Console.Error.WriteLine($"Fout: {e.Message}");
            return CommandRunner.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Fout: het rapport of de grafieken konden niet worden geschreven: {e.Message}");
            return CommandRunner.Failure;
        }
    }
}
