namespace Thorbecke.Cli.Tests;

public sealed class HelpTests
{
    [Fact]
    public void Should_explain_the_commands_in_dutch()
    {
        var result = CliProcess.Run(AppContext.BaseDirectory, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Gebruik:", result.Out, StringComparison.Ordinal);
        Assert.Contains("Opdrachten:", result.Out, StringComparison.Ordinal);
        foreach (var command in new[] { "scan", "report", "memo", "agenda", "eval" })
        {
            Assert.Contains($"  {command}", result.Out, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Usage:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_list_the_scan_options_in_dutch()
    {
        var result = CliProcess.Run(AppContext.BaseDirectory, "scan", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Opties:", result.Out, StringComparison.Ordinal);
        Assert.Contains("--agenda", result.Out, StringComparison.Ordinal);
        Assert.Contains("--db", result.Out, StringComparison.Ordinal);
        Assert.Contains("Schrijf de resultaten als JSON", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_list_the_outputs_and_the_party_and_kind_options_of_scan()
    {
        var result = CliProcess.Run(AppContext.BaseDirectory, "scan", "--help");

        foreach (var option in new[] { "--csv-nl", "--xlsx", "--party", "--kind" })
        {
            Assert.Contains(option, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Should_reject_a_missing_argument_in_dutch_with_exit_code_2()
    {
        var result = CliProcess.Run(AppContext.BaseDirectory, "scan");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bij 'scan' ontbreekt een verplicht argument", result.Error, StringComparison.Ordinal);
    }
}
