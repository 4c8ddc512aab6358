using Spectre.Console;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Text;

namespace Thorbecke.Cli.Terminal;

/// <summary>
/// Shows scan progress per document: live progress bars in a terminal, one plain line per finished file
/// when output goes to a file or pipe (CI logs, scripts).
/// </summary>
internal sealed class ScanDisplay(IReadOnlyList<string> files)
{
    private readonly Lock gate = new();

    public static bool IsInteractive => AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;

    public ScanReport Run(Func<IProgress<ScanProgress>, ScanReport> scan)
    {
        Console.WriteLine($"{Dutch.Count(files.Count, "bestand", "bestanden")} te scannen.");
        if (!IsInteractive || files.Count == 0)
        {
            var finished = 0;
            return scan(new SyncProgress(p =>
            {
                if (p.Stage is ScanStage.Done or ScanStage.Failed)
                {
                    lock (gate)
                    {
                        finished++;
                        var status = p.Stage == ScanStage.Done ? $"gescand ({p.Detail})" : $"MISLUKT: {p.Detail}";
                        Console.WriteLine($"[{finished}/{files.Count}] {p.File}: {status}");
                    }
                }
            }));
        }

        ScanReport? report = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                foreach (var file in files.Distinct(StringComparer.Ordinal))
                {
                    tasks[file] = context.AddTask(Markup.Escape(file), autoStart: true, maxValue: 100);
                }

                report = scan(new SyncProgress(p =>
                {
                    lock (gate)
                    {
                        var task = tasks[p.File];
                        switch (p.Stage)
                        {
                            case ScanStage.Reading:
                                task.Value = 5;
                                break;
                            case ScanStage.Matching:
                                task.Value = 50;
                                task.Description = $"{Markup.Escape(p.File)} [grey]vragen beoordelen…[/]";
                                break;
                            case ScanStage.Done:
                                task.Value = 100;
                                task.Description = $"[green]✓[/] {Markup.Escape(p.File)} [grey]{Markup.Escape(p.Detail ?? "")}[/]";
                                break;
                            case ScanStage.Failed:
                                task.Value = 100;
                                task.Description = $"[red]✗ {Markup.Escape(p.File)}[/]";
                                break;
                        }
                    }
                }));
            });
        return report!;
    }

    /// <summary>Reports on the calling thread, in order; <see cref="Progress{T}"/> would post to the thread pool.</summary>
    private sealed class SyncProgress(Action<ScanProgress> report) : IProgress<ScanProgress>
    {
        public void Report(ScanProgress value) => report(value);
    }
}
