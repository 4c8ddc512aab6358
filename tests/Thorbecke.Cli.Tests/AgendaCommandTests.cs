using Thorbecke.Testing;

namespace Thorbecke.Cli.Tests;

public sealed class AgendaCommandTests
{
    [Fact]
    public void Should_list_the_built_in_agenda()
    {
        var result = CliProcess.Run(AppContext.BaseDirectory, "agenda", "list");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("vng-2025", result.Out, StringComparison.Ordinal);
        Assert.Contains("76", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_every_ask_of_an_agenda()
    {
        var result = CliProcess.Run(AppContext.BaseDirectory, "agenda", "show", "vng-2025");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("formatie-01", result.Out, StringComparison.Ordinal);
        Assert.Contains("Schaf de opschalingskorting af", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_each_problem_of_an_agenda_file_with_its_location()
    {
        using var folder = new TempFolder();
        var file = folder.Write("fout.yaml", "id: fout\nasks:\n  - id: a\n    theme: T\n    text: Eén.\n  - id: a\n    theme: T\n    text: ''\n    extra: 1\n");

        var result = CliProcess.Run(folder.Path, "agenda", "validate", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("fout.yaml:6:", result.Error, StringComparison.Ordinal);
        Assert.Contains("dubbel id 'a'", result.Error, StringComparison.Ordinal);
        Assert.Contains("'text' is leeg", result.Error, StringComparison.Ordinal);
        Assert.Contains("onbekend veld 'extra'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_accept_a_valid_agenda_file()
    {
        using var folder = new TempFolder();
        var file = folder.Write("goed.json", """{"id": "eigen", "title": "Eigen", "asks": [{"id": "a-1", "theme": "Wonen", "text": "Bouw meer woningen."}]}""");

        var result = CliProcess.Run(folder.Path, "agenda", "validate", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("geldig", result.Out, StringComparison.Ordinal);
    }
}
