using System.CommandLine;

namespace Thorbecke.Cli.Commands.Money;

/// <summary>The options <c>money run</c> and <c>money compare</c> share: inputs, municipalities, task costs and outputs.</summary>
internal sealed class MoneyOptions
{
    public Option<string?> Inputs { get; } = new("--invoer")
    {
        Description = "Een CSV met eigen cijfers (series,year,value,source,uncertain) die de ingebouwde invoer aanvullen of vervangen.",
        HelpName = "invoer.csv",
    };

    public Option<string?> Municipalities { get; } = new("--gemeenten")
    {
        Description = "Een CSV met gemeenten: code, naam, inwoners en eventueel verdere maatstaven.",
        HelpName = "gemeenten.csv",
    };

    public Option<string?> Municipality { get; } = new("--gemeente")
    {
        Description = "Toon het effect voor deze gemeente (naam of CBS-code); vraagt --gemeenten.",
        HelpName = "naam",
    };

    public Option<string?> Maatstaven { get; } = new("--maatstaven")
    {
        Description = "Een CSV met bedragen per eenheid (maatstaf,bpe,ozb,source) voor de echte verdeling.",
        HelpName = "maatstaven.csv",
    };

    public Option<string?> Tasks { get; } = new("--taken")
    {
        Description = "Een CSV met kosten per domein en hun groei per jaar: taken versus middelen.",
        HelpName = "taken.csv",
    };

    public Option<string?> Report { get; } = new("--report")
    {
        Description = "Schrijf een HTML-rapport met tabellen en grafieken.",
        HelpName = "geld.html",
    };

    public Option<string?> Charts { get; } = new("--grafieken")
    {
        Description = "Schrijf de grafieken ook als PNG en SVG in deze map.",
        HelpName = "map",
    };

    public void AddTo(Command command)
    {
        foreach (var option in new[] { Inputs, Municipalities, Municipality, Maatstaven, Tasks, Report, Charts })
        {
            command.Options.Add(option);
        }
    }
}
