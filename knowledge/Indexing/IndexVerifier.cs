using Lucene.Net.Index;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace Assistant.Knowledge.Indexing;

/// <summary>Checks a published index: pointer, generation folder, manifest, Lucene's own consistency check, counts and fields.</summary>
public sealed class IndexVerifier
{
    private static readonly string[] RequiredFields =
        [IndexFields.Id, IndexFields.Key, IndexFields.DocumentId, IndexFields.Text, IndexFields.ShortTitle, IndexFields.Status];

    /// <summary>Verifies the live generation under <paramref name="location"/>.</summary>
    /// <param name="location">The index root.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <param name="glossary">The glossary searches will analyse questions with; an index analysed with another one is
    /// reported, because the glossary words added since are never found in its glossary field.</param>
    public VerificationReport Verify(IndexLocation location, CancellationToken cancellationToken, Analysis.Glossary? glossary = null)
    {
        var problems = new List<string>();
        var warnings = new List<string>();
        if (!System.IO.Directory.Exists(location.Root))
            return new VerificationReport(null, [$"{location.Root} does not exist."], [], 0);
        if (System.IO.Directory.Exists(location.StagingFolder) && System.IO.Directory.EnumerateDirectories(location.StagingFolder).Any())
            warnings.Add($"{location.StagingFolder} holds leftovers of an interrupted build; the next build removes them.");

        var generation = location.ReadCurrentGeneration();
        if (generation is null)
            return new VerificationReport(null, [$"{location.PointerPath} is missing or empty: no index was published here."], warnings, 0);
        var folder = location.GenerationPath(generation);
        if (!System.IO.Directory.Exists(folder))
            return new VerificationReport(generation, [$"{location.PointerPath} names {generation}, but {folder} does not exist."], warnings, 0);

        var manifest = location.ReadManifest(generation);
        if (manifest is null)
            problems.Add($"{Path.Combine(folder, IndexManifest.FileName)} is missing or not valid JSON.");
        else if (manifest.FormatVersion != IndexManifest.CurrentFormatVersion)
            problems.Add($"{folder} has index format {manifest.FormatVersion}; this program reads format {IndexManifest.CurrentFormatVersion}. Rebuild the index.");
        else if (glossary is not null && manifest.GlossaryFingerprint != glossary.Fingerprint)
            warnings.Add($"{folder} was analysed with another glossary ({manifest.GlossaryFingerprint ?? "unrecorded"}; this program's is {glossary.Fingerprint}). Rebuild the index so the glossary's current words are matched.");

        cancellationToken.ThrowIfCancellationRequested();
        var articles = 0;
        IReadOnlyList<UnresolvedCitation> unresolved = [];
        try
        {
            using var directory = FSDirectory.Open(folder);
            if (!DirectoryReader.IndexExists(directory))
            {
                problems.Add($"{folder} holds no Lucene index.");
                return new VerificationReport(generation, problems, warnings, 0);
            }
            var check = new CheckIndex(directory).DoCheckIndex();
            if (!check.Clean)
                problems.Add($"Lucene's check of {folder} failed: {check.TotLoseDocCount} documents in broken segments, missing segments: {check.MissingSegments}.");

            using var reader = DirectoryReader.Open(directory);
            articles = reader.NumDocs;
            if (manifest is not null && manifest.Articles != articles)
                problems.Add($"The manifest counts {manifest.Articles} articles but the index holds {articles}.");
            var fields = MultiFields.GetMergedFieldInfos(reader);
            foreach (var field in RequiredFields.Where(f => fields.FieldInfo(f) is null))
                problems.Add($"Field '{field}' is missing from the index.");
            if (fields.FieldInfo(IndexFields.TextChinese) is null && fields.FieldInfo(IndexFields.TextEnglish) is null && articles > 0)
                problems.Add("No searchable text field (text_zh or text_en) is in the index.");
            if (manifest?.Embeddings is { } embeddings)
                VerifyVectors(folder, embeddings, reader, problems);
            unresolved = Unresolved(reader, cancellationToken);
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or UnauthorizedAccessException)
        {
            problems.Add($"{folder} cannot be read: {e.Message}");
        }
        return new VerificationReport(generation, problems, warnings, articles) { UnresolvedCitations = unresolved };
    }

    // Guide citations are followed at search time; one that names no indexed article would be promised and not shown.
    private static IReadOnlyList<UnresolvedCitation> Unresolved(DirectoryReader reader, CancellationToken cancellationToken)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal) { IndexFields.Key, IndexFields.DocumentId, IndexFields.Cites };
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var sections = new List<(string DocumentId, string Section, IReadOnlyList<string> Cites)>();
        var live = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc))
                continue;
            if (doc % 4096 == 0)
                cancellationToken.ThrowIfCancellationRequested();
            var stored = reader.Document(doc, fields);
            var key = stored.Get(IndexFields.Key) ?? string.Empty;
            keys.Add(key);
            if (stored.GetValues(IndexFields.Cites) is { Length: > 0 } cites)
                sections.Add((stored.Get(IndexFields.DocumentId) ?? string.Empty, key, cites));
        }
        return UnresolvedCitation.Among(sections, keys);
    }

    private static void VerifyVectors(string folder, Embeddings.IndexEmbeddings embeddings, DirectoryReader reader, List<string> problems)
    {
        var path = Path.Combine(folder, Embeddings.ArticleVectors.FileName);
        if (!File.Exists(path))
        {
            problems.Add($"The manifest records vectors of '{embeddings.Model}' but {path} is missing; searches use words only. Rebuild the index.");
            return;
        }
        try
        {
            var vectors = Embeddings.ArticleVectors.Read(path);
            if (vectors.Count != reader.MaxDoc || reader.Leaves.Count != 1)
                problems.Add($"{path} holds {vectors.Count} vectors for {reader.MaxDoc} articles in {reader.Leaves.Count} segments; searches use words only. Rebuild the index.");
            else if (vectors.Dimensions != embeddings.Dimensions)
                problems.Add($"{path} holds vectors of {vectors.Dimensions} components; the manifest records {embeddings.Dimensions}. Rebuild the index.");
        }
        catch (InvalidDataException e)
        {
            problems.Add(e.Message + " Searches use words only. Rebuild the index.");
        }
    }
}
