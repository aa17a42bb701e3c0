using System.Globalization;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Embeddings;
using Assistant.Knowledge.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Assistant.Knowledge.Search;

/// <summary>
/// The one shared, thread-safe searcher of a published index. It follows the index's <c>CURRENT</c> pointer:
/// a generation published by the indexer is picked up by the next search after <see cref="KnowledgeSearcherOptions.RefreshInterval"/>,
/// without restarting the process, and searches already running finish on the generation they started on.
/// </summary>
public sealed class KnowledgeSearcher : IDisposable
{
    private readonly IndexLocation _location;
    private readonly TimeProvider _time;
    private readonly KnowledgeSearcherOptions _options;
    private readonly QueryAnalyzer _queryAnalyzer;
    private readonly QueryBuilder _queryBuilder;
    private readonly TermHighlighter _highlighter;
    private readonly TermAtATimeSearch _disjunctions = new();
    private readonly SupportJudge _judge = new();
    private readonly ArticleReferenceParser _references = new();
    private readonly IReadOnlyDictionary<string, string> _englishNames = EnglishLawNames.LoadDefault();
    private readonly System.Threading.Lock _swapGate = new();
    private IndexSnapshot? _snapshot;
    private long _nextCheckTicks;
    private bool _disposed;

    /// <summary>Opens the live generation under <paramref name="location"/>, if one is published.</summary>
    public KnowledgeSearcher(IndexLocation location, AnalyzerSet analyzers, TimeProvider time, KnowledgeSearcherOptions? options = null)
    {
        _location = location;
        _time = time;
        _options = options ?? new KnowledgeSearcherOptions();
        _queryAnalyzer = new QueryAnalyzer(analyzers);
        _queryBuilder = new QueryBuilder(_options.Ranking);
        _highlighter = new TermHighlighter(analyzers);
        Refresh();
    }

    /// <summary>The generation searches currently run on, or null when no index is published.</summary>
    public string? Generation => Volatile.Read(ref _snapshot)?.Generation;

    /// <summary>The manifest of the live generation, when one is open.</summary>
    public IndexManifest? Manifest => Volatile.Read(ref _snapshot)?.Manifest;

    /// <summary>The model whose vectors the live generation holds, or null when it has none: a caller embeds a question
    /// with this model, or not at all (<see cref="SearchRequest.QuestionVector"/>).</summary>
    public string? EmbeddingModel => Volatile.Read(ref _snapshot) is { Vectors: not null } snapshot ? snapshot.Manifest?.Embeddings?.Model : null;

    /// <summary>Articles in the live generation (0 when none is open).</summary>
    public int ArticleCount => Volatile.Read(ref _snapshot)?.Reader.NumDocs ?? 0;

    /// <summary>Checks the pointer now and switches to a newly published generation. True when it switched.</summary>
    public bool Refresh()
    {
        _nextCheckTicks = _time.GetTimestamp() + (long)(_options.RefreshInterval.TotalSeconds * _time.TimestampFrequency);
        var published = _location.ReadCurrentGeneration();
        if (published is null || published == Volatile.Read(ref _snapshot)?.Generation)
            return false;
        lock (_swapGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var current = _snapshot;
            if (current?.Generation == published)
                return false;
            var opened = IndexSnapshot.Open(_location, published, _englishNames, _options.Ranking);
            Volatile.Write(ref _snapshot, opened);
            current?.Retire();
            return true;
        }
    }

    /// <summary>Searches for the articles that answer a question. Never throws on any user text.</summary>
    public SearchResult Search(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        if (_time.GetTimestamp() >= Volatile.Read(ref _nextCheckTicks))
            TryRefresh();

        var snapshot = AcquireSnapshot();
        var question = request.Question ?? string.Empty;
        if (snapshot is null)
        {
            var language = _queryAnalyzer.Analyze(question, null, 1).Normalized.Language;
            return new SearchResult([], new SupportJudgment(SupportLevel.None, 0, 0, "no-index"), language, null, null);
        }
        try
        {
            var vector = request.QuestionVector is { } embedding ? snapshot.Vectors?.Prepare(embedding) : null;
            return Run(snapshot, question, request.Expansion, vector, Math.Clamp(request.Limit, 1, 1000), request.Filters ?? SearchFilters.None, cancellationToken);
        }
        finally
        {
            snapshot.Release();
        }
    }

    /// <summary>The article <paramref name="question"/> cites by number, as <see cref="SearchResult.Reference"/> would
    /// report it, without searching: a caller can tell before it spends anything on words for the question (such a
    /// question ignores <see cref="SearchRequest.Expansion"/>). Null without a published index.</summary>
    public ArticleReference? FindReference(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var snapshot = AcquireSnapshot();
        if (snapshot is null)
            return null;
        try
        {
            return _references.Parse(question, snapshot.Catalog);
        }
        finally
        {
            snapshot.Release();
        }
    }

    /// <summary>The article under <paramref name="key"/> (<c>劳动合同法#第四十七条</c>), its current version when several
    /// are indexed, so a citation can be opened; null when the live index has no such article.</summary>
    public SearchHit? FindArticle(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var snapshot = AcquireSnapshot();
        if (snapshot is null)
            return null;
        try
        {
            return Find(snapshot, null, key, SearchFilters.None);
        }
        finally
        {
            snapshot.Release();
        }
    }

    private SearchResult Run(
        IndexSnapshot snapshot, string question, string? expansion, ByteVector? vector, int limit, SearchFilters filters, CancellationToken cancellationToken)
    {
        var analyzed = _queryAnalyzer.Analyze(question, snapshot.Catalog, _options.Ranking.MaxQueryTerms);
        var reference = _references.Parse(question, snapshot.Catalog);
        var lexical = Lexical(snapshot, analyzed, null, limit, filters, cancellationToken);
        var plain = Result(snapshot, analyzed, reference, lexical, limit, filters);
        // A cited article is answered exactly; a model's words or vector can't improve on that. A vector the index
        // can't compare, or one weighted 0, changes nothing either.
        var hasExpansion = !string.IsNullOrWhiteSpace(expansion);
        var vectors = vector is not null && _options.Ranking.DenseWeight > 0 ? snapshot.Vectors : null;
        if (reference is not null || (!hasExpansion && vectors is null))
            return plain;

        // Without an expansion the assisted candidates are the question's own: that search is not run again.
        var candidates = hasExpansion
            ? Lexical(snapshot, analyzed, _queryAnalyzer.Analyze(expansion!, snapshot.Catalog, _options.Ranking.MaxQueryTerms), limit, filters, cancellationToken)
            : lexical;
        if (vectors is not null)
            candidates = Fuse(snapshot, vectors, vector!, candidates, limit + _options.Ranking.Candidates, filters);
        var assisted = Result(snapshot, analyzed, null, candidates, limit, filters);
        // A model's words and vector may reorder the articles, but the verdict is judged on the question's own words:
        // when the articles they bring up cover the question less well than the question's own did, the question's
        // verdict stands with the articles it was judged on first, so a model never turns an answer the bot could give
        // into "no support"; the assisted ranking fills the rest.
        if (plain.Support.Level <= assisted.Support.Level)
            return assisted;
        var evidence = plain.Hits.Take(SupportJudge.JudgedHits).ToList();
        var rest = assisted.Hits.Where(hit => !evidence.Exists(e => e.ArticleKey == hit.ArticleKey));
        return plain with { Hits = [.. evidence, .. rest.Take(limit - evidence.Count)] };
    }

    // The candidates the question's words (and an expansion's, weighted down) find, ranked.
    private List<RankedArticle> Lexical(
        IndexSnapshot snapshot, AnalyzedQuestion analyzed, AnalyzedQuestion? expanded, int limit, SearchFilters filters, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var terms = new TermContexts(snapshot.Reader);
        var query = _queryBuilder.Build(analyzed, expanded, filters, snapshot.Reader, terms);
        if (query is null)
            return [];
        var top = _disjunctions.Search(snapshot.Searcher, query, terms, limit + _options.Ranking.Candidates, cancellationToken);
        // A question about the union itself (会费, 会员, the union's help) is answered first by the union's own rules,
        // which national law on the same subject would otherwise outrank.
        var ownRules = UnionWords.Mention(analyzed.Normalized.Text) ? _options.Ranking.UnionRuleBoost : 1f;
        return Rank(snapshot, top, exact: false, unionRuleFactor: ownRules);
    }

    // The hits of ranked candidates, the referenced article first, highlighted and judged on the question's own words.
    private SearchResult Result(
        IndexSnapshot snapshot, AnalyzedQuestion analyzed, ArticleReference? reference, List<RankedArticle> candidates, int limit, SearchFilters filters)
    {
        var ranked = new List<RankedArticle>();
        if (reference is not null)
        {
            var exact = snapshot.Searcher.Search(_queryBuilder.BuildReference(reference, filters), 20);
            ranked.AddRange(Rank(snapshot, exact.ScoreDocs, exact: true));
        }
        ranked.AddRange(candidates);

        var distinct = Deduplicate(ranked, limit);
        var hits = new List<SearchHit>(distinct.Count);
        var highlights = new List<Highlight>(distinct.Count);
        foreach (var article in distinct)
        {
            var stored = snapshot.Searcher.Doc(article.DocId);
            var text = stored.Get(IndexFields.Text) ?? string.Empty;
            var headed = stored.Get(IndexFields.Unit) == nameof(ArticleUnit.HeadingSection)
                ? stored.Get(IndexFields.Label) + "\n" + text
                : text;
            var highlight = _highlighter.Find(analyzed, headed);
            highlights.Add(highlight);
            hits.Add(ToHit(stored, text, article, highlight.Terms));
        }
        var support = _judge.Judge(hits, highlights, reference is not null, analyzed.Normalized.Language == DocumentLanguage.English);
        return new SearchResult(Bridge(snapshot, analyzed, hits, highlights, limit, filters), support, analyzed.Normalized.Language, reference, snapshot.Generation);
    }

    // A guide section is where a worker's words meet the law: the articles it cites follow it, in its order, as results
    // of their own (moved up when the question's words found them lower, left where they found them higher). The verdict
    // was judged before, on what the question's own words found.
    private List<SearchHit> Bridge(IndexSnapshot snapshot, AnalyzedQuestion analyzed, List<SearchHit> hits, List<Highlight> highlights, int limit, SearchFilters filters)
    {
        if (!hits.Exists(h => h.Cites.Count > 0))
            return hits;
        var found = hits.ToDictionary(h => h.ArticleKey, StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var bridged = new List<SearchHit>(limit);
        for (var rank = 0; rank < hits.Count; rank++)
        {
            var hit = hits[rank];
            if (bridged.Count >= limit)
                break;
            if (!placed.Add(hit.ArticleKey))
                continue;
            bridged.Add(hit);
            // A section that shares only a word or two with the question (a story about a divorce meeting 老婆 and 孩子
            // in a section on maternity insurance) would pull a general question into labor law.
            if (hit.Cites.Count == 0 || highlights[rank].Coverage < _options.Ranking.GuideCoverage)
                continue;
            foreach (var key in hit.Cites)
            {
                if (placed.Contains(key) || (found.GetValueOrDefault(key) ?? Find(snapshot, analyzed, key, filters)) is not { } cited)
                    continue;
                placed.Add(key);
                bridged.Add(cited with { Score = Math.Max(cited.Score, hit.Score), CitedBy = hit.ArticleKey });
            }
        }
        return bridged.Count > limit ? bridged[..limit] : bridged;
    }

    // The article under a key, its current version first, highlighted with the question's words; null when no article
    // the filters let through has it.
    private SearchHit? Find(IndexSnapshot snapshot, AnalyzedQuestion? analyzed, string key, SearchFilters filters)
    {
        var top = snapshot.Searcher.Search(_queryBuilder.BuildKey(key, filters), 20);
        if (top.ScoreDocs.Length == 0)
            return null;
        var best = Rank(snapshot, top.ScoreDocs, exact: false, documentEvidence: false).MaxBy(a => a.Factor)!;
        var stored = snapshot.Searcher.Doc(best.DocId);
        var text = stored.Get(IndexFields.Text) ?? string.Empty;
        var terms = analyzed is null ? [] : _highlighter.Find(analyzed, text).Terms;
        return ToHit(stored, text, best with { Score = 0 }, terms);
    }

    private List<RankedArticle> Rank(IndexSnapshot snapshot, IReadOnlyList<ScoreDoc> scoreDocs, bool exact, bool documentEvidence = true, float unionRuleFactor = 1f)
    {
        var leaves = snapshot.Reader.Leaves;
        var result = new List<RankedArticle>(scoreDocs.Count);
        // Doc-values readers are looked up through per-thread caches in Lucene.Net: fetch them once per segment.
        var values = new LeafValues?[leaves.Count];
        foreach (var scoreDoc in scoreDocs)
        {
            var index = ReaderUtil.SubIndex(scoreDoc.Doc, leaves);
            var leaf = leaves[index];
            var columns = values[index] ??= new LeafValues(leaf.AtomicReader);
            var local = scoreDoc.Doc - leaf.DocBase;
            var article = snapshot.Articles.Of(index, columns.Keys.GetOrd(local));
            var document = snapshot.Documents.Of(index, columns.Documents.GetOrd(local));
            var status = (DocumentStatus)columns.Statuses.Get(local);
            var kind = (DocumentKind)columns.Kinds.Get(local);
            var factor = status switch
            {
                DocumentStatus.Amended => _options.Ranking.AmendedFactor,
                DocumentStatus.Repealed => _options.Ranking.RepealedFactor,
                _ => 1f,
            } * (1f - _options.Ranking.AuthorityStep * AuthorityLevel(kind)) * (kind is DocumentKind.UnionRule ? unionRuleFactor : 1f);
            // Exact references outrank every searched hit; among versions the current one wins.
            var score = exact ? 1_000_000f * factor : scoreDoc.Score * factor;
            result.Add(new RankedArticle(scoreDoc.Doc, article, document, score, exact, factor));
        }
        if (!exact && documentEvidence && _options.Ranking.DocumentWeight > 0)
            AddDocumentEvidence(result);
        return result;
    }

    // Each candidate's lexical score and its similarity to the question are scaled to 0–1 over the candidates and mixed
    // (min-max fusion): the two scales have nothing in common, and the cosines of one model crowd into a narrow band.
    // Every candidate of either list has an exact similarity (each article has a vector); an article that only the
    // vectors found scores 0 for words, as it ranked below the lexical cut. The result keeps the lexical scale, which
    // the answer's trailing-hit share is set on.
    private List<RankedArticle> Fuse(
        IndexSnapshot snapshot, ArticleVectors vectors, ByteVector question, List<RankedArticle> lexical, int count, SearchFilters filters)
    {
        var accepted = QueryBuilder.Accepted(filters, snapshot.Searcher);
        var nearest = vectors.Nearest(question, count, accepted is null ? null : accepted.Get);
        var dense = Rank(snapshot, [.. nearest.Select(n => new ScoreDoc(n.Doc, n.Cosine))], exact: false, documentEvidence: false);
        if (dense.Count == 0)
            return lexical;
        var floor = dense.Min(a => a.Score);
        var span = dense.Max(a => a.Score) - floor;
        var lexicalTop = lexical.Count > 0 ? Math.Max(lexical.Max(a => a.Score), float.Epsilon) : 1f;
        var weight = _options.Ranking.DenseWeight;
        float Similarity(float score) => span <= 0 ? 1f : Math.Clamp((score - floor) / span, 0f, 1f);

        var fused = new Dictionary<int, RankedArticle>(lexical.Count + dense.Count);
        foreach (var article in lexical)
        {
            var similarity = Similarity(vectors.Cosine(question, article.DocId) * article.Factor);
            fused[article.DocId] = article with { Score = lexicalTop * ((1 - weight) * article.Score / lexicalTop + weight * similarity) };
        }
        foreach (var article in dense)
            fused.TryAdd(article.DocId, article with { Score = lexicalTop * weight * Similarity(article.Score) });
        return [.. fused.Values];
    }

    // Steps down the hierarchy of legal sources; the union's own rules and guides answer members' questions first-hand.
    private static int AuthorityLevel(DocumentKind kind) => kind switch
    {
        DocumentKind.Law or DocumentKind.UnionRule or DocumentKind.CompanyPolicy or DocumentKind.Guide => 0,
        DocumentKind.JudicialInterpretation or DocumentKind.AdministrativeRegulation => 1,
        _ => 2,
    };

    // An article of a document that has several strong candidates is more likely to be the one meant.
    private void AddDocumentEvidence(List<RankedArticle> ranked)
    {
        var evidence = ranked
            .GroupBy(r => r.Document)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Score).OrderDescending().Take(3).Sum());
        var weight = _options.Ranking.DocumentWeight;
        for (var i = 0; i < ranked.Count; i++)
            ranked[i] = ranked[i] with { Score = ranked[i].Score + weight * evidence[ranked[i].Document] };
    }

    private static List<RankedArticle> Deduplicate(List<RankedArticle> ranked, int limit)
    {
        var best = new Dictionary<long, RankedArticle>();
        foreach (var article in ranked)
        {
            if (!best.TryGetValue(article.Article, out var seen) || article.Score > seen.Score)
                best[article.Article] = article;
        }
        return best.Values.OrderByDescending(a => a.Score).ThenBy(a => a.DocId).Take(limit).ToList();
    }

    private static SearchHit ToHit(Lucene.Net.Documents.Document stored, string text, RankedArticle article, IReadOnlyList<string> terms)
    {
        var number = stored.GetField(IndexFields.Number)?.GetInt32Value() ?? 0;
        return new SearchHit(
            stored.Get(IndexFields.Key) ?? string.Empty,
            stored.Get(IndexFields.DocumentId) ?? string.Empty,
            stored.Get(IndexFields.Title) ?? string.Empty,
            stored.Get(IndexFields.ShortTitle) ?? string.Empty,
            stored.Get(IndexFields.Label) ?? string.Empty,
            number > 0 ? number : null,
            stored.Get(IndexFields.Chapter) ?? string.Empty,
            text,
            article.Exact ? float.PositiveInfinity : article.Score,
            terms,
            Enum.TryParse<DocumentKind>(stored.Get(IndexFields.Kind), out var kind) ? kind : DocumentKind.Other,
            Enum.TryParse<DocumentStatus>(stored.Get(IndexFields.Status), out var status) ? status : DocumentStatus.Current,
            LanguageCodes.Parse(stored.Get(IndexFields.Language)),
            Date(stored.Get(IndexFields.VersionDate)),
            article.Exact)
        {
            EffectiveDate = Date(stored.Get(IndexFields.EffectiveDate)),
            Version = Amendment(stored.Get(IndexFields.Version)),
            EnglishTitle = stored.Get(IndexFields.TitleEnglish),
            Cites = stored.GetValues(IndexFields.Cites) is { Length: > 0 } cites ? cites : [],
        };
    }

    private static DateOnly? Date(string? stored) =>
        DateOnly.TryParseExact(stored, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    // Stored as "2012 Amended" by the mapper.
    private static DocumentVersion? Amendment(string? stored) =>
        stored?.Split(' ') is [var year, var kind]
        && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
        && Enum.TryParse<AmendmentKind>(kind, out var amendment)
            ? new DocumentVersion(value, amendment)
            : null;

    private IndexSnapshot? AcquireSnapshot()
    {
        // A swap may retire the snapshot between reading and acquiring it; then read the new one.
        while (true)
        {
            var snapshot = Volatile.Read(ref _snapshot);
            if (snapshot is null)
                return null;
            if (snapshot.TryAcquire())
                return snapshot;
        }
    }

    private void TryRefresh()
    {
        try
        {
            Refresh();
        }
        catch (IOException)
        {
            // A generation that cannot be opened (deleted mid-swap, disk error) leaves the current one serving.
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_swapGate)
        {
            if (_disposed)
                return;
            _disposed = true;
            _snapshot?.Retire();
            _snapshot = null;
        }
    }

    /// <summary>A candidate: its article and document as <see cref="GlobalOrdinals"/>, so ranking never decodes a key.</summary>
    private sealed record RankedArticle(int DocId, long Article, long Document, float Score, bool Exact, float Factor);

    private sealed class LeafValues(AtomicReader reader)
    {
        public SortedDocValues Keys { get; } = reader.GetSortedDocValues(IndexFields.Key);
        public SortedDocValues Documents { get; } = reader.GetSortedDocValues(IndexFields.DocumentId);
        public NumericDocValues Statuses { get; } = reader.GetNumericDocValues(IndexFields.Status);
        public NumericDocValues Kinds { get; } = reader.GetNumericDocValues(IndexFields.Kind);
    }
}
