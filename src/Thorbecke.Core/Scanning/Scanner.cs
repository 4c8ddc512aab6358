using System.Security.Cryptography;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Text;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Scanning;

/// <summary>
/// The main flow: read each file (or reuse it from the store), match every ask, store the results
/// and return the report. Files that fail are reported and the others go on.
/// </summary>
public sealed class Scanner
{
    private readonly IScanStore store;
    private readonly IReadOnlyList<IDocumentReader> readers;
    private readonly IAskMatcher matcher;
    private readonly ScanOptions options;
    private readonly Lock storeLock = new();

    public Scanner(IScanStore store, IReadOnlyList<IDocumentReader> readers, IAskMatcher matcher, ScanOptions? options = null)
    {
        this.store = store;
        this.readers = readers;
        this.matcher = matcher;
        this.options = options ?? new ScanOptions();
    }

    public ScanReport Scan(Agenda agenda, IReadOnlyList<ScanInput> inputs, IProgress<ScanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var fingerprint = AgendaFingerprint.Of(agenda);
        long runId;
        lock (storeLock)
        {
            runId = store.BeginRun(agenda, fingerprint, matcher.EngineVersion);
        }

        var outcomes = new FileOutcome[inputs.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism), CancellationToken = cancellationToken };
        var biggestFirst = Enumerable.Range(0, inputs.Count).OrderByDescending(i => inputs[i].SizeHint).ToList();
        Parallel.ForEach(biggestFirst, parallel, i => outcomes[i] = ScanOne(agenda, fingerprint, inputs[i], i, progress, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();

        var documents = new List<DocumentInfo>();
        var results = new List<AskResult>();
        var errors = new List<ScanError>();
        var notices = new List<ScanNotice>();
        var firstInput = new Dictionary<string, string>(StringComparer.Ordinal);
        var inputNames = inputs.Select(i => i.FileName).ToHashSet(StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            if (outcome.Error is not null)
            {
                errors.Add(outcome.Error);
            }
            else if (firstInput.TryAdd(outcome.Document!.Id, outcome.Input))
            {
                documents.Add(outcome.Document);
                results.AddRange(outcome.Results!);
                if (outcome.StoredAs is { } earlier && !inputNames.Contains(earlier))
                {
                    notices.Add(new ScanNotice(outcome.Input, $"al opgeslagen als {earlier}; dezelfde inhoud wordt één keer beoordeeld en heet nu {outcome.Document.File}"));
                }
            }
            else
            {
                notices.Add(new ScanNotice(outcome.Input, $"heeft dezelfde inhoud als {firstInput[outcome.Document.Id]}; het document is één keer opgenomen"));
            }
        }

        lock (storeLock)
        {
            store.FinishRun(runId, documents, errors);
        }

        return new ScanReport(agenda, documents, results, errors) { EngineVersion = matcher.EngineVersion, Notices = notices };
    }

    private FileOutcome ScanOne(Agenda agenda, string fingerprint, ScanInput input, int index, IProgress<ScanProgress>? progress, CancellationToken scanCancelled)
    {
        try
        {
            progress?.Report(new ScanProgress(input.FileName, ScanStage.Reading) { Input = index });
            if (input.StoredSha256 is null && input.SizeHint > options.MaxFileBytes)
            {
                throw new DocumentReadException(TooBig(input.SizeHint));
            }

            var (document, results, storedAs) = FileTimeLimit.Run(
                input.FileName,
                stop => ReadAndJudge(agenda, fingerprint, input, index, progress, stop),
                options.FileTimeLimit,
                scanCancelled);
            var pages = Dutch.Count(document.Pages, "pagina", "pagina's");
            progress?.Report(new ScanProgress(input.FileName, ScanStage.Done, pages) { Input = index });
            return new FileOutcome(input.FileName, document, results, null, storedAs);
        }
        catch (DocumentReadException e)
        {
            return Failed(input, index, e.Message, progress);
        }
        catch (OperationCanceledException) when (scanCancelled.IsCancellationRequested)
        {
            // The whole scan was stopped; Scan throws once every file has let go.
            return Failed(input, index, "afgebroken", progress);
        }
        catch (IOException e)
        {
            return Failed(input, index, $"het bestand kan niet worden gelezen ({e.Message})", progress);
        }
        catch (UnauthorizedAccessException)
        {
            return Failed(input, index, "geen toegang tot het bestand", progress);
        }
    }

    /// <summary>Runs on the file's own thread; <paramref name="stop"/> is checked before every write so abandoned work never stores anything.</summary>
    private (DocumentInfo Document, IReadOnlyList<AskResult> Results, string? StoredAs) ReadAndJudge(
        Agenda agenda, string fingerprint, ScanInput input, int index, IProgress<ScanProgress>? progress, CancellationToken stop)
    {
        var (document, storedAs) = ReadOrReuse(input, stop);

        IReadOnlyList<AskResult>? results;
        lock (storeLock)
        {
            results = store.FindResults(fingerprint, matcher.EngineVersion, document.Info.Id);
        }

        if (results is null || results.Count != agenda.Asks.Count)
        {
            progress?.Report(new ScanProgress(input.FileName, ScanStage.Matching, Dutch.Count(document.Info.Pages, "pagina", "pagina's")) { Input = index });
            results = MatchSafely(agenda, document);
            lock (storeLock)
            {
                stop.ThrowIfCancellationRequested();
                store.SaveResults(fingerprint, matcher.EngineVersion, document.Info.Id, results);
            }
        }

        return (document.Info, results, storedAs);
    }

    /// <summary>The document and, when its content was stored before under another file name, that name.</summary>
    private (Document Document, string? StoredAs) ReadOrReuse(ScanInput input, CancellationToken stop)
    {
        if (input.StoredSha256 is { } known)
        {
            lock (storeLock)
            {
                return (store.FindDocument(known) ?? throw new DocumentReadException("het document staat niet meer in de database; voeg het bestand opnieuw toe"), null);
            }
        }

        var content = input.LoadContent();
        if (content.Length > options.MaxFileBytes)
        {
            throw new DocumentReadException(TooBig(content.Length));
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        if (input.Metadata.Sha256 is { } expected && !string.Equals(expected, sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new DocumentReadException($"de inhoud wijkt af van corpus.json (sha256 {sha256[..12]}… in plaats van {expected[..Math.Min(12, expected.Length)]}…)");
        }

        Document? stored;
        lock (storeLock)
        {
            stored = store.FindDocument(sha256);
        }

        if (stored is not null)
        {
            var storedAs = stored.Info.File == input.FileName ? null : stored.Info.File;
            // Documents stored before printed page numbers were read get them from their stored pages now.
            var offset = input.Extension == ".pdf" ? PrintedPageNumbers.Offset(stored.Pages) : stored.Info.PrintedPageOffset;
            var described = Describe(input, sha256, stored.Pages, null) with { PrintedPageOffset = offset };
            if (described != stored.Info)
            {
                stored = stored with { Info = described };
                lock (storeLock)
                {
                    stop.ThrowIfCancellationRequested();
                    store.SaveDocument(stored);
                }
            }

            // Documents stored before originals were kept get their file now.
            KeepOriginal(sha256, input.Extension, content);
            return (stored, storedAs);
        }

        var reader = readers.FirstOrDefault(r => r.Extensions.Contains(input.Extension))
            ?? throw new DocumentReadException(input.Extension.Length == 0
                ? "bestandstype onbekend (geen extensie); ondersteund zijn " + SupportedExtensions()
                : $"bestandstype {input.Extension} wordt niet ondersteund; ondersteund zijn " + SupportedExtensions());
        if (content.Length == 0)
        {
            throw new DocumentReadException("het bestand is leeg (0 bytes)");
        }

        var text = ReadSafely(reader, content, input.FileName, stop);
        if (text.Passages.Count == 0)
        {
            throw new DocumentReadException("het bestand bevat geen leesbare tekst");
        }

        var document = new Document(Describe(input, sha256, text.Pages, text.Title) with { PrintedPageOffset = text.PrintedPageOffset }, text.Pages, text.Passages);
        lock (storeLock)
        {
            stop.ThrowIfCancellationRequested();
            store.SaveDocument(document);
        }

        KeepOriginal(sha256, input.Extension, content);
        return (document, null);
    }

    /// <summary>The original is a convenience for reviewers: a full disk or a read-only folder must not cost the verdicts.</summary>
    private void KeepOriginal(string sha256, string extension, byte[] content)
    {
        try
        {
            options.Archive?.Keep(sha256, extension, content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without its original a document only lacks the link to its PDF; the page text is stored.
        }
    }

    /// <summary>An engine failure on one document is reported for that file; the others are still judged.</summary>
    private IReadOnlyList<AskResult> MatchSafely(Agenda agenda, Document document)
    {
        try
        {
            return matcher.Match(agenda, document);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not DocumentReadException and not OperationCanceledException)
        {
            throw new DocumentReadException($"interne fout bij het beoordelen van de vragen ({e.GetType().Name}: {e.Message}); het document is wel opgeslagen", e);
        }
    }

    /// <summary>A reader bug on one odd file must not end the scan of all the others.</summary>
    private static ExtractedText ReadSafely(IDocumentReader reader, byte[] content, string fileName, CancellationToken stop)
    {
        try
        {
            return reader.Read(content, fileName, stop);
        }
        catch (Exception e) when (e is not DocumentReadException and not OutOfMemoryException and not OperationCanceledException
            and not InsufficientExecutionStackException)
        {
            throw new DocumentReadException($"onverwachte fout bij het lezen ({e.GetType().Name}: {e.Message})", e);
        }
    }

    /// <summary>
    /// What the metadata says wins; a kind or date it leaves open is read from the document's title and first pages,
    /// and a kind nothing names is a programme.
    /// </summary>
    private static DocumentInfo Describe(ScanInput input, string sha256, IReadOnlyList<Page> pages, string? extractedTitle)
    {
        var meta = input.Metadata;
        var stem = Path.GetFileNameWithoutExtension(input.FileName);
        var title = meta.Title ?? (string.IsNullOrWhiteSpace(extractedTitle) ? stem : extractedTitle.Trim());
        return new DocumentInfo(
            DocumentInfo.IdFor(sha256),
            input.FileName,
            sha256,
            meta.Party ?? PartyFromFileName(stem),
            meta.Kind ?? StatedKind.Find(title, pages) ?? DocumentKinds.Programme,
            title,
            meta.Election,
            pages.Count)
        {
            Date = meta.Date ?? StatedDate.Find(pages),
        };
    }

    /// <summary>"verkiezingsprogramma-vvd-2025" becomes "VVD": a readable guess that corpus.json can override.</summary>
    public static string PartyFromFileName(string stem) => PartyNames.FromFileName(stem);

    private string SupportedExtensions() =>
        string.Join(", ", readers.SelectMany(r => r.Extensions).Distinct().Order(StringComparer.Ordinal));

    private static FileOutcome Failed(ScanInput input, int index, string reason, IProgress<ScanProgress>? progress)
    {
        progress?.Report(new ScanProgress(input.FileName, ScanStage.Failed, reason) { Input = index });
        return new FileOutcome(input.FileName, null, null, new ScanError(input.FileName, reason));
    }

    private string TooBig(long bytes) =>
        $"het bestand is {Dutch.Size(bytes)} groot; Thorbecke leest bestanden tot {Dutch.Size(options.MaxFileBytes)}";

    private sealed record FileOutcome(string Input, DocumentInfo? Document, IReadOnlyList<AskResult>? Results, ScanError? Error, string? StoredAs = null);
}
