namespace Thorbecke.Cli.Tests;

public sealed class ServeCommandTests
{
    [Fact]
    public void Should_offer_the_money_files_with_the_names_and_dutch_help_of_the_money_command()
    {
        var result = CliProcess.Run(AppContext.BaseDirectory, "serve", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--scenarios", result.Out, StringComparison.Ordinal);
        Assert.Contains("Een map met scenariobestanden", result.Out, StringComparison.Ordinal);
        foreach (var option in new[] { "--gemeenten", "--taken", "--invoer", "--maatstaven" })
        {
            Assert.Contains(option, result.Out, StringComparison.Ordinal);
        }

        Assert.Contains("Een CSV met kosten per domein", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_to_start_on_a_scenario_folder_that_does_not_exist()
    {
        var missing = Path.Combine(Path.GetTempPath(), "thorbecke-geen-map", Guid.NewGuid().ToString("N"));

        var result = CliProcess.Run(AppContext.BaseDirectory, "serve", "--scenarios", missing, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"Fout: de map met scenario's {missing} bestaat niet.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_explain_the_proxy_option_in_Dutch()
    {
        var result = CliProcess.Run(AppContext.BaseDirectory, "serve", "--help");

        Assert.Contains("--proxy", result.Out, StringComparison.Ordinal);
        Assert.Contains("achter een reverse proxy die HTTPS afhandelt", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("proxy.example")]
    [InlineData("10.0.0.0/99")]
    public void Should_refuse_to_start_behind_a_proxy_that_is_no_address_or_network(string proxy)
    {
        var result = CliProcess.Run(AppContext.BaseDirectory, "serve", "--proxy", proxy, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"Fout: '{proxy}' is geen IP-adres of netwerk (zoals 10.0.0.5 of 10.0.0.0/24) voor --proxy.", result.Error, StringComparison.Ordinal);
    }
}
