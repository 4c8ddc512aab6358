using Spectre.Console;
using Thorbecke.Finance.Balance;
using Thorbecke.Finance.Files.Scenarios;
using Thorbecke.Finance.Projection;
using Thorbecke.Reports.Money;

namespace Thorbecke.Cli.Terminal;

/// <summary>The terminal tables of the <c>money</c> commands: amounts in millions of euros, Dutch number format.</summary>
internal static class MoneyTables
{
    public static string Millions(decimal euros) => (euros / 1_000_000m).ToString("N1", Formats.Dutch);

    public static string Signed(decimal euros) => (euros >= 0 ? "+" : "") + Millions(euros);

    public static string Percent(decimal fraction) => (fraction * 100m).ToString("N2", Formats.Dutch) + "%";

    public static string Euros(decimal euros) => "€ " + euros.ToString("N0", Formats.Dutch);

    public static void WriteProjection(FundProjection projection, ScenarioComparison comparison)
    {
        var baseline = comparison.Baseline != projection;
        var table = new Table()
            .Title($"{Markup.Escape(projection.Scenario.Title)} ({Markup.Escape(projection.Scenario.Normering.Name)}), € mln")
            .AddColumn("jaar")
            .AddColumn(new TableColumn("accres").RightAligned())
            .AddColumn(new TableColumn("accres € mln").RightAligned())
            .AddColumn(new TableColumn("hefbomen").RightAligned())
            .AddColumn(new TableColumn("algemene uitkering").RightAligned())
            .AddColumn(new TableColumn("per inwoner").RightAligned());
        if (baseline)
        {
            table.AddColumn(new TableColumn($"verschil met {Markup.Escape(comparison.Baseline.Scenario.Id)}").RightAligned());
        }

        foreach (var year in comparison.Years.Select(projection.For))
        {
            var cells = new List<string>
            {
                year.Year.ToString(Formats.Dutch), Percent(year.Rate.Total), Millions(year.Accres), Signed(year.LeverTotal),
                Millions(year.Total), Euros(year.PerInhabitant),
            };
            if (baseline)
            {
                cells.Add(Signed(comparison.Difference(projection, year.Year)));
            }

            table.AddRow(cells.ToArray());
        }

        AnsiConsole.Write(table);
    }

    public static void WriteLevers(ScenarioFile file)
    {
        foreach (var lever in file.Scenario.Levers)
        {
            AnsiConsole.MarkupLine($"  [blue]{Markup.Escape(LeverKinds.NameOf(lever.Kind))}[/] {Markup.Escape(lever.Label)}: [grey]{Markup.Escape(lever.Justification)}[/]");
        }

        foreach (var lever in file.Unconfirmed)
        {
            AnsiConsole.MarkupLine($"  [yellow]niet bevestigd, niet meegerekend:[/] {Markup.Escape(lever.Label)} ({Markup.Escape(lever.Justification)})");
        }
    }

    public static void WriteComparison(ScenarioComparison comparison)
    {
        var table = new Table().Title("Algemene uitkering per scenario, € mln (verschil met het eerste)").AddColumn("jaar");
        foreach (var projection in comparison.Projections)
        {
            table.AddColumn(new TableColumn(Markup.Escape(projection.Scenario.Id)).RightAligned());
        }

        foreach (var year in comparison.Years)
        {
            table.AddRow([year.ToString(Formats.Dutch), .. comparison.Projections.Select(p => p == comparison.Baseline
                ? Millions(p.For(year).Total)
                : $"{Millions(p.For(year).Total)} ({Signed(comparison.Difference(p, year))})")]);
        }

        AnsiConsole.Write(table);
    }

    public static void WriteMunicipality(MunicipalEffect effect)
    {
        var table = new Table().Title($"{Markup.Escape(effect.Heading)}: algemene uitkering per scenario, € mln").AddColumn("jaar");
        foreach (var scenario in effect.Scenarios)
        {
            table.AddColumn(new TableColumn(Markup.Escape(scenario.Id)).RightAligned());
        }

        foreach (var year in effect.Years)
        {
            table.AddRow([year.Year.ToString(Formats.Dutch), .. year.Amounts.Select((amount, i) => i == 0
                ? Millions(amount)
                : $"{Millions(amount)} ({Signed(year.Difference(i))})")]);
        }

        AnsiConsole.Write(table);
        if (effect.IsApproximation)
        {
            AnsiConsole.MarkupLine($"[yellow]Let op, {Markup.Escape(MunicipalEffect.ApproximationLabel)}:[/] elke inwoner krijgt het landelijk gemiddelde. Geef --maatstaven en een tabel van alle gemeenten voor de echte verdeling.");
        }
    }

    public static void WriteBalance(string scenario, IReadOnlyList<BalanceYear> years)
    {
        var domains = years.Count == 0 ? [] : years[0].Costs.Keys.ToList();
        var table = new Table().Title($"Taken versus middelen ({Markup.Escape(scenario)}): tekort per domein, € mln").AddColumn("jaar")
            .AddColumn(new TableColumn("fondsindex").RightAligned());
        foreach (var domain in domains)
        {
            table.AddColumn(new TableColumn(Markup.Escape(domain)).RightAligned());
        }

        table.AddColumn(new TableColumn("totaal").RightAligned());
        foreach (var year in years)
        {
            table.AddRow([year.Year.ToString(Formats.Dutch), year.FundIndex.ToString("N3", Formats.Dutch),
                .. domains.Select(d => Signed(year.Gap(d))), Signed(year.TotalGap)]);
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine("[grey]Een positief tekort: de kosten groeien harder dan het fonds (de disbalans).[/]");
    }
}
