using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Parsing;
using Assistant.Knowledge.Sources.Archives;
using Assistant.Knowledge.Sources.Doc;
using Assistant.Knowledge.Sources.Docx;
using Assistant.Knowledge.Sources.Html;
using Assistant.Knowledge.Sources.Images;
using Assistant.Knowledge.Sources.JsonLines;
using Assistant.Knowledge.Sources.Markdown;
using Assistant.Knowledge.Sources.Odf;
using Assistant.Knowledge.Sources.Ofd;
using Assistant.Knowledge.Sources.Pdf;
using Assistant.Knowledge.Sources.PlainText;
using Assistant.Knowledge.Sources.Presentations;
using Assistant.Knowledge.Sources.Rtf;
using Assistant.Knowledge.Sources.Scans;
using Assistant.Knowledge.Sources.Spreadsheets;
using Assistant.Knowledge.Sources.WebArchive;

namespace Assistant.Knowledge.Sources;

/// <summary>Loads every readable file under the source roots into documents, in parallel, reporting what it could not read.</summary>
public sealed class DocumentLoader
{
    // Corpus documentation living next to the texts; not a legal text.

    // Office formats people keep rules in that we do not read: named in the report, so a missing document is noticed.
    // Each with what to do: spreadsheets saved as workbooks, slides as PDF, other archives unpacked, the rest as Word or PDF.
    private static readonly Dictionary<string, string> UnreadableFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pages"] = "save it as .docx, .pdf, .html or .txt",
        [".wpd"] = "save it as .docx, .pdf, .html or .txt",
        [".caj"] = "save it as .pdf",
        [".numbers"] = "save it as .xlsx",
        [".ppt"] = "save it as .pdf",
        [".dps"] = "save it as .pdf",
        [".odp"] = "save it as .pdf",
        [".rar"] = "unpack it into the folder",
        [".7z"] = "unpack it into the folder",
    };

    private readonly Dictionary<string, ISourceReader> readers;
    private readonly DocumentBuilder builder = new();
    private readonly GarbledText garbled = new();
    private readonly int maxParallelism;

    /// <summary>A loader with the built-in readers (Markdown, text, HTML and saved web pages, PDF, OFD, Word (.docx, .doc, .wps), RTF, OpenDocument text, Excel, WPS and
    /// OpenDocument workbooks, PowerPoint slides, JSON Lines, and .zip archives of these; page images are reported as needing OCR).</summary>
    public DocumentLoader()
        : this(BuiltInReaders(new PdfSourceReader(), new OfdSourceReader(), new DocxSourceReader(), new DocSourceReader(), new ImageSourceReader()))
    {
    }

    /// <summary>A loader with the built-in readers, scanned pages (in PDFs and OFD files, saved as images, or pasted into
    /// Word documents without text) read by <paramref name="scans"/>.</summary>
    public DocumentLoader(IScanRecognizer scans)
        : this(BuiltInReaders(new PdfSourceReader(scans), new OfdSourceReader(scans), new DocxSourceReader(scans), new DocSourceReader(scans), new ImageSourceReader(scans)))
    {
    }

    /// <summary>A loader with the given readers.</summary>
    /// <param name="readers">The readers; a later reader wins an extension claimed twice.</param>
    /// <param name="maxParallelism">Files read at once; 0 means one per core.</param>
    public DocumentLoader(IEnumerable<ISourceReader> readers, int maxParallelism = 0)
    {
        ArgumentNullException.ThrowIfNull(readers);
        this.readers = new Dictionary<string, ISourceReader>(StringComparer.OrdinalIgnoreCase);
        foreach (var reader in readers)
        {
            foreach (var extension in reader.Extensions)
                this.readers[extension] = reader;
        }
        // A .zip is read as a folder, with the same readers.
        this.readers.TryAdd(".zip", new ArchiveSourceReader(this.readers));
        this.maxParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount;
    }

    private static ISourceReader[] BuiltInReaders(PdfSourceReader pdf, OfdSourceReader ofd, DocxSourceReader docx, DocSourceReader doc, ImageSourceReader images) =>
        [new MarkdownSourceReader(), new TextSourceReader(), new HtmlSourceReader(), new WebArchiveSourceReader(), pdf, ofd, docx, images, doc, new RtfSourceReader(), new OdfSourceReader(), new SpreadsheetSourceReader(), new PresentationSourceReader(), new JsonLinesSourceReader()];

    /// <summary>The file extensions this loader reads.</summary>
    public IReadOnlyCollection<string> Extensions => readers.Keys;

    /// <summary>Loads all roots. Unreadable files and missing roots become failures; only cancellation throws.</summary>
    /// <param name="sourceRoots">Directories to walk recursively.</param>
    /// <param name="progress">Receives a report after each file, when given.</param>
    /// <param name="cancellationToken">Stops the load.</param>
    /// <returns>The documents, versions resolved, and the failures.</returns>
    public LoadResult Load(IReadOnlyList<string> sourceRoots, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceRoots);
        var failures = new List<SourceFailure>();
        var files = new List<SourceFile>();
        var manifests = new Dictionary<string, Dictionary<string, ManifestEntry>>(StringComparer.Ordinal);
        foreach (var root in sourceRoots)
        {
            var fullRoot = Path.GetFullPath(root);
            if (!Directory.Exists(fullRoot))
            {
                failures.Add(new SourceFailure(root, "source root does not exist"));
                continue;
            }
            var rootName = Path.GetFileName(Path.TrimEndingDirectorySeparator(fullRoot));
            manifests[fullRoot] = ManifestSidecar.Read(fullRoot);
            var all = Directory.EnumerateFiles(fullRoot, "*", SearchOption.AllDirectories)
                .Where(p => !SkippedFiles.Skip(Path.GetFileName(p)))
                .ToList();
            failures.AddRange(all
                .Where(p => UnreadableFormats.ContainsKey(Path.GetExtension(p)) && !readers.ContainsKey(Path.GetExtension(p)))
                .Order(StringComparer.Ordinal)
                .Select(p => new SourceFailure(p, $"{Path.GetExtension(p).ToLowerInvariant()} files are not read: {UnreadableFormats[Path.GetExtension(p)]}")));
            var paths = all
                .Where(p => readers.ContainsKey(Path.GetExtension(p)))
                .Select(p => Path.GetRelativePath(fullRoot, p).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal);
            files.AddRange(paths.Select(relative => new SourceFile(fullRoot, rootName, relative)));
        }

        var outcomes = new FileOutcome[files.Count];
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, files.Count, options, i =>
        {
            outcomes[i] = LoadFile(files[i], cancellationToken);
            var count = Interlocked.Increment(ref done);
            progress?.Report(new LoadProgress(count, files.Count, files[i].FullPath));
        });

        var documents = new List<LegalDocument>();
        var declaredVersions = new List<DateOnly?>();
        var manifestEntries = new List<ManifestEntry?>();
        var documentRoots = new List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            failures.AddRange(outcomes[i].Failures);
            var entry = manifests[files[i].Root].GetValueOrDefault(files[i].RelativePath);
            foreach (var loaded in outcomes[i].Documents)
            {
                documents.Add(loaded.Document);
                declaredVersions.Add(loaded.DeclaredVersion ?? entry?.VersionDate);
                manifestEntries.Add(entry);
                documentRoots.Add(files[i].Root);
            }
        }

        var resolved = VersionResolver.Resolve(documents, declaredVersions);
        for (var i = 0; i < resolved.Length; i++)
        {
            if (manifestEntries[i] is { } entry)
                resolved[i] = entry.ApplyTo(resolved[i]);
        }
        var (kept, copies) = DuplicateCopies.Drop(resolved, documentRoots);
        failures.AddRange(copies);
        return new LoadResult(kept, failures);
    }

    // Two or more resident identity numbers make a list of people (a roster, the families helped), not a rule.
    private static string? PersonalDataReason(SourceText text)
    {
        var ids = text.Blocks.Sum(block => PersonalData.ResidentIds(block.Text));
        return ids >= 2
            ? $"not indexed: it holds {ids} resident identity numbers, and the knowledge base is read by every employee; keep lists of people out of the knowledge folders"
            : null;
    }

    private FileOutcome LoadFile(SourceFile file, CancellationToken cancellationToken)
    {
        try
        {
            var read = readers[Path.GetExtension(file.RelativePath)].Read(file.FullPath, file.RelativePath, cancellationToken);
            var documents = new List<LoadedDocument>();
            var failures = read.Failures.ToList();
            foreach (var text in read.Texts)
            {
                // A text of a file that holds several (a JSON Lines record, a document in an archive) is named in the reason.
                SourceFailure Failure(string reason) =>
                    new(file.FullPath, text.RelativePath == file.RelativePath ? reason : $"{text.RelativePath}: {reason}");
                if ((garbled.Reason(text) ?? PersonalDataReason(text)) is { } refusal)
                {
                    failures.Add(Failure(refusal));
                    continue;
                }
                var document = builder.Build(text, file.RootName + "/" + text.RelativePath, file.RootName);
                // An empty file, or one with a title only, would be counted as indexed while nothing in it can be found.
                if (document.Articles.Count == 0)
                    failures.Add(Failure("no text to index"));
                else
                    documents.Add(new LoadedDocument(document, DocumentBuilder.DeclaredVersionDate(text)));
            }
            return new FileOutcome(documents, failures);
        }
        catch (InvalidDataException exception)
        {
            // The reader says in words what is wrong with the file.
            return new FileOutcome([], [new SourceFailure(file.FullPath, exception.Message)]);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A corrupt file (truncated PDF, a DOCX that is not a zip, …) must not stop the scan.
            return new FileOutcome([], [new SourceFailure(file.FullPath, $"{exception.GetType().Name}: {exception.Message}")]);
        }
    }

    private sealed record SourceFile(string Root, string RootName, string RelativePath)
    {
        public string FullPath => Path.Combine(Root, RelativePath.Replace('/', Path.DirectorySeparatorChar));
    }

    private sealed record LoadedDocument(LegalDocument Document, DateOnly? DeclaredVersion);

    private sealed record FileOutcome(IReadOnlyList<LoadedDocument> Documents, IReadOnlyList<SourceFailure> Failures);
}
