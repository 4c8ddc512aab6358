using Thorbecke.Testing.Hostile;

namespace Thorbecke.Web.Tests;

/// <summary>
/// Money files small enough to check by hand. The inputs set the fund at € 1.000 mln in 2025 and 10 million
/// inhabitants in every year the built-in inputs have a count for, and the baseline freezes the accres, so the fund
/// stays € 1.000 mln (€ 100 per inhabitant) every year. "Plus" adds 100, 150 and 200 in 2026-2028 and has one
/// unconfirmed lever that must not count; Utrecht has a tenth of the inhabitants, so by the per-inhabitant
/// approximation it gets a tenth of every amount. The count of 2026 is marked as an assumption. Beside them lies a scenario nested 100,000 levels deep, which
/// once took the server down.
/// </summary>
internal static class MoneyTestData
{
    public const string BrokenFile = "partijen/kapot.yaml";

    /// <summary>A scenario whose levers are lists nested 100,000 levels deep.</summary>
    public const string DeepFile = "partijen/diep.yaml";

    /// <summary>The line of <see cref="BrokenFile"/> with the amount written as a word.</summary>
    public const int BrokenLine = 9;

    public const string Inputs = """
        series,year,value,source,uncertain
        algemene-uitkering,2025,1000,Testinvoer,nee
        inwoners,2025,10000000,Testinvoer,nee
        inwoners,2026,10000000,Testinvoer (aanname),ja
        """;

    public const string Basis = """
        id: basis
        title: Basis (bevroren)
        normering: bbp
        years: {from: 2025, to: 2028}
        levers:
          - kind: accres
            label: Accres bevroren
            justification: Zo blijft het fonds gelijk en is elk verschil met de hand na te rekenen.
            rates: {2026: 0, 2027: 0, 2028: 0}
        """;

    public const string Plus = """
        id: plus
        title: Plus voor gemeenten
        extends: ../basis.yaml
        normering: bbp
        years: {from: 2025, to: 2028}
        levers:
          - kind: extra
            label: Extra voor jeugdzorg
            justification: Programma Plus, p. 3.
            source: {document: plus.pdf, page: 3, quote: 'Gemeenten krijgen er 100 miljoen bij, oplopend tot 200 miljoen.'}
            amounts: {2026: 100, 2027: 150, 2028: 200}
          - kind: eenmalig
            label: Nog te controleren bedrag
            justification: Gevonden in het programma, nog niet nagelopen.
            confirmed: false
            source: {document: plus.pdf, page: 7, quote: 'Eenmalig 999 miljoen voor de wijken.'}
            year: 2027
            amount: 999
        """;

    // Line 9 holds a word where an amount belongs.
    public const string Broken = """
        id: kapot
        title: Kapot scenario
        normering: bbp
        years: {from: 2025, to: 2028}
        levers:
          - kind: extra
            label: Te veel
            justification: Een bedrag in woorden.
            amounts: {2026: veel}
        """;

    public const string Municipalities = """
        code,naam,inwoners
        GM0344,Utrecht,1000000
        GM0363,Amsterdam,900000
        """;

    public const string Tasks = """
        domein,kosten,2026,2027,2028
        jeugd,100,5.0,5.0,5.0
        """;

    /// <summary>Writes the files under <paramref name="folder"/> and returns the options that point the app at them.</summary>
    public static WebAppOptions Write(string folder, WebAppOptions options)
    {
        var scenarios = Path.Combine(folder, "scenarios");
        Directory.CreateDirectory(Path.Combine(scenarios, "partijen"));
        File.WriteAllText(Path.Combine(scenarios, "basis.yaml"), Basis);
        File.WriteAllText(Path.Combine(scenarios, "partijen", "plus.yaml"), Plus);
        File.WriteAllText(Path.Combine(scenarios, BrokenFile), Broken);
        File.WriteAllText(Path.Combine(scenarios, DeepFile), HostileYaml.NestedLists("id: diep\nnormering: bbp\nyears: {from: 2025, to: 2028}\nlevers: ", 100_000));
        File.WriteAllText(Path.Combine(folder, "invoer.csv"), Inputs);
        File.WriteAllText(Path.Combine(folder, "gemeenten.csv"), Municipalities);
        File.WriteAllText(Path.Combine(folder, "taken.csv"), Tasks);
        return options with
        {
            ScenarioFolder = scenarios,
            InputsPath = Path.Combine(folder, "invoer.csv"),
            MunicipalitiesPath = Path.Combine(folder, "gemeenten.csv"),
            TasksPath = Path.Combine(folder, "taken.csv"),
        };
    }
}
