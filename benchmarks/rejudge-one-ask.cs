#:project ../src/Thorbecke.Storage/Thorbecke.Storage.csproj
#:project ../src/Thorbecke.Search/Thorbecke.Search.csproj
#:property PublishAot=false

// Times re-judging one ask in every document of a scanned database after a review, as the web app's RelearnWorker
// does. Usage: dotnet run benchmarks/rejudge-one-ask.cs -- DATABASE [ASK] [RUNS]
using System.Diagnostics;
using System.Globalization;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Learning;
using Thorbecke.Search.Matching;
using Thorbecke.Storage;

var database = args[0];
var ask = args.Length > 1 ? args[1] : "formatie-01";
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
using var store = new SqliteScanStore(database);
var latest = store.LoadLatestReport() ?? throw new InvalidOperationException("No finished scan in " + database);
var first = latest.Documents[0];
if (store.ReviewHistory(ask, first.Id).Count == 0)
{
    store.SaveReview(new ReviewRequest(ask, first.Id, Verdict.Oppose, false, [], null, "benchmark", 0), DateTimeOffset.UtcNow);
}

var rejudger = new AskRejudger(store, store, new MatcherOptions());
var times = new List<double>();
for (var run = 0; run < runs + 1; run++)
{
    var watch = Stopwatch.StartNew();
    var cells = rejudger.Rejudge(ask);
    watch.Stop();
    // The first run pays for loading and JIT compilation, as the web app's first re-judging does; it is shown apart.
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(run == 0 ? "cold" : "run " + run)}: {cells} cells of {latest.Documents.Count} documents in {watch.Elapsed.TotalSeconds:0.000} s"));
    if (run > 0)
    {
        times.Add(watch.Elapsed.TotalSeconds);
    }
}

times.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ask {ask}: median {times[times.Count / 2]:0.000} s, best {times[0]:0.000} s over {runs} warm runs"));
