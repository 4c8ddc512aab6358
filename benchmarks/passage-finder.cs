#:project ../src/Thorbecke.Text/Thorbecke.Text.csproj
#:property PublishAot=false

// Times PassageFinder.Find on its worst case: 170 pages of 600 words drawn from twenty common policy words and a
// pasted passage of 150 of those words, so every page is scored in full (the same pages as the behavioural test in
// tests/Thorbecke.Text.Tests/Finding/PassageFinderTests.cs). Usage: dotnet run -c Release benchmarks/passage-finder.cs -- [RUNS]
using System.Diagnostics;
using System.Globalization;
using Thorbecke.Core.Documents;
using Thorbecke.Text.Finding;

var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
string[] words =
    "gemeente rijk wonen zorg jeugd geld fonds klimaat energie wijk buurt school werk inkomen armoede schulden sport cultuur veiligheid politie"
        .Split(' ');
var random = new Random(2026);
var pages = Enumerable.Range(1, 170).Select(n => new Page(n, string.Join(' ', Enumerable.Range(0, 600).Select(i =>
    (i % 12 == 0 ? "De " : "") + words[random.Next(words.Length)] + (i % 12 == 11 ? "." : ""))))).ToList();
var requested = string.Join(' ', Enumerable.Range(0, 150).Select(_ => words[random.Next(words.Length)]));

// The first call pays for the JIT; the web app's passage page is warm after its first request.
var clock = Stopwatch.StartNew();
PassageFinder.Find(requested, pages);
var first = clock.Elapsed.TotalMilliseconds;
var times = new List<double>();
for (var run = 0; run < runs; run++)
{
    clock.Restart();
    PassageFinder.Find(requested, pages);
    times.Add(clock.Elapsed.TotalMilliseconds);
}

times.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"PassageFinder.Find, 170 pages x 600 words: first {first:0} ms, warm median {times[times.Count / 2]:0} ms, best {times[0]:0} ms ({runs} runs)"));
