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
        foreach (var command in new[] { "scan", "report", "agenda", "eval" })
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
    public void Should_reject_an_unknown_option_in_dutch_with_exit_code_1()
    {
        var result = CliProcess.Run(AppContext.BaseDirectory, "report", "--bestaat-niet");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("onbekend argument of onbekende optie", result.Error, StringComparison.Ordinal);
    }
}
