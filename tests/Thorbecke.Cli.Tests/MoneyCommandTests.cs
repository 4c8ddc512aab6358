using Thorbecke.Testing;

namespace Thorbecke.Cli.Tests;

/// <summary><c>thorbecke money</c> as README shows it: the shipped scenarios, a municipality, task costs, report and charts.</summary>
public class MoneyCommandTests
{
    private static string Scenario(string name) => Path.Combine(RepoPaths.Root, "scenarios", name);

    [Fact]
    public void Should_print_the_fund_per_year_for_a_scenario()
    {
        var result = CliProcess.Run(AppContext.BaseDirectory, "money", "run", Scenario("basis.yaml"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("bbp-systematiek", result.Out);
        Assert.Contains("2030", result.Out);
        Assert.Contains("4,72%", result.Out);
    }

    [Fact]
    public void Should_compare_scenarios_for_one_municipality_and_write_report_and_charts()
    {
        using var folder = new TempFolder();
        var municipalities = Path.Combine(folder.Path, "gemeenten.csv");
        File.WriteAllText(municipalities, "code,naam,inwoners\nGM0344,Utrecht,378278\nGM0088,Schiermonnikoog,971\n");
        var tasks = Path.Combine(folder.Path, "taken.csv");
        File.WriteAllText(tasks, "domein,kosten,2026,2027\njeugd,7400,6.0,5.5\n");
        var report = Path.Combine(folder.Path, "uit", "geld.html");

        var result = CliProcess.Run(folder.Path, "money", "compare", Scenario("basis.yaml"), Scenario("vng-inzet.yaml"),
            "--gemeenten", municipalities, "--gemeente", "Utrecht", "--taken", tasks, "--report", report, "--grafieken", "grafieken");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("benadering (naar inwonertal)", result.Out);
        Assert.Contains("Taken versus middelen", result.Out);
        var html = File.ReadAllText(report);
        Assert.Contains("<svg", html);
        Assert.Contains("Utrecht", html);
        Assert.Contains("benadering (naar inwonertal)", html);
        Assert.Contains("Het basispad volgt de Meicirculaire 2025 tot en met 2029", html);
        Assert.Contains("<li>prijs-bbp 2026–2030</li>", html);
        Assert.Contains(Directory.GetFiles(Path.Combine(folder.Path, "grafieken")), f => f.EndsWith(".png", StringComparison.Ordinal));
        Assert.Contains(Directory.GetFiles(Path.Combine(folder.Path, "grafieken")), f => f.EndsWith(".svg", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_refuse_a_bad_scenario_naming_line_and_field_and_compute_nothing()
    {
        using var folder = new TempFolder();
        var bad = Path.Combine(folder.Path, "fout.yaml");
        File.WriteAllText(bad, "id: fout\nnormering: bbp\nyears: {from: 2025, to: 2030}\nlevers:\n  - kind: extra\n    justification: x\n    amounts: {2027: veel}\n");

        var result = CliProcess.Run(folder.Path, "money", "compare", Scenario("basis.yaml"), bad, "--report", "geld.html");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("fout.yaml", result.Error);
        Assert.Contains("regel 7", result.Error);
        Assert.Contains("levers[1].amounts.2027", result.Error);
        Assert.False(File.Exists(Path.Combine(folder.Path, "geld.html")));
        Assert.DoesNotContain("2030", result.Out);
    }

    [Fact]
    public void Should_list_every_input_figure_with_its_source()
    {
        var result = CliProcess.Run(AppContext.BaseDirectory, "money", "inputs");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("bbp-volume", result.Out);
        Assert.Contains("CBS", result.Out);
        Assert.Contains("onzeker", result.Out);
    }

    [Fact]
    public void Should_find_money_for_municipalities_in_scanned_documents_and_draft_unconfirmed_levers()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "t.db");
        Assert.Equal(0, CliProcess.Run(folder.Path, "scan", "--db", database, Path.Combine(RepoPaths.Root, "samples")).ExitCode);

        var result = CliProcess.Run(folder.Path, "money", "find", "--db", database, "--concept", "concept");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("opschalingskorting", result.Out, StringComparison.OrdinalIgnoreCase);
        var drafts = Directory.GetFiles(Path.Combine(folder.Path, "concept"), "*.yaml");
        Assert.Equal(3, drafts.Length);
        var run = CliProcess.Run(folder.Path, "money", "run", drafts[0]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("niet bevestigd, niet meegerekend", run.Out);
    }
}
