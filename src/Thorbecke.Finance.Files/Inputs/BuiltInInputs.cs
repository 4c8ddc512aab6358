namespace Thorbecke.Finance.Files.Inputs;

/// <summary>The economic figures that ship with Thorbecke (Data/invoer-nl.csv), each with its source.</summary>
public static class BuiltInInputs
{
    public static string Text()
    {
        using var stream = typeof(BuiltInInputs).Assembly.GetManifestResourceStream("Thorbecke.Finance.Files.Data.invoer-nl.csv")
            ?? throw new InvalidOperationException("De ingebouwde invoer ontbreekt in de assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static InputSeries Load()
    {
        var result = InputSeriesReader.Parse(Text());
        return result.Value ?? throw new InvalidOperationException(
            $"De ingebouwde invoer is ongeldig: {string.Join("; ", result.Problems)}");
    }
}
