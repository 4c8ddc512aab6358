namespace Thorbecke.SampleGenerator;

/// <summary>
/// Turns the fictional programmes in samples/src (Markdown written for Thorbecke) into the demo corpus in
/// samples/: two PDFs and one DOCX, plus the corpus.json that names their parties.
/// Run from the repository root: <c>dotnet run --project tools/Thorbecke.SampleGenerator</c>.
/// </summary>
internal static class Program
{
    private static readonly SampleDocument[] Documents =
    [
        new("partij-voor-de-gemeente", "Partij voor de Gemeente", SampleFormat.Pdf),
        new("liberale-hervormingspartij", "Liberale Hervormingspartij", SampleFormat.Pdf),
        new("groen-sociaal-verbond", "Groen Sociaal Verbond", SampleFormat.Docx),
    ];

    private static int Main(string[] args)
    {
        var samples = Path.GetFullPath(args.Length > 0 ? args[0] : "samples");
        if (!Directory.Exists(Path.Combine(samples, "src")))
        {
            Console.Error.WriteLine($"Map {samples}/src niet gevonden; draai dit vanuit de hoofdmap van de repository.");
            return 1;
        }

        foreach (var document in Documents)
        {
            var programme = SampleProgramme.Parse(File.ReadAllText(Path.Combine(samples, "src", document.Stem + ".md")));
            var output = Path.Combine(samples, document.FileName);
            SampleWriter.Write(programme, document, output);
            Console.WriteLine($"{output} geschreven");
        }

        File.WriteAllText(Path.Combine(samples, "corpus.json"), CorpusJson.For(Documents, samples));
        Console.WriteLine($"{Path.Combine(samples, "corpus.json")} geschreven");
        return 0;
    }
}
