using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Assistant.Knowledge.Search;

/// <summary>
/// Builds the query from an analysed question. The query is assembled from terms, never parsed
/// from user text, so no input (<c>+ ? ( " :</c>) can make it fail.
/// </summary>
internal sealed class QueryBuilder
{
    private readonly RankingOptions _ranking;

    public QueryBuilder(RankingOptions ranking) => _ranking = ranking;

    /// <summary>The query of a question and, when a model wrote one, of its expansion (weighted down, its terms
    /// counted once).</summary>
    public TermDisjunction? Build(
        AnalyzedQuestion question, AnalyzedQuestion? expansion, SearchFilters filters, IndexReader reader, TermContexts terms)
    {
        var clauses = new List<TermClause>();
        // The question's own lists hold distinct terms; only the expansion's need checking against them.
        AddQuestion(clauses, null, question, 1f, reader, terms);
        if (expansion is not null)
            AddQuestion(clauses, clauses.Select(c => c.Term).ToHashSet(), expansion, _ranking.ModelExpansionBoost, reader, terms);

        if (clauses.Count == 0)
            return null;
        return new TermDisjunction(clauses, FilterQuery(filters) is { } filter ? new QueryWrapperFilter(filter) : null);
    }

    private void AddQuestion(
        List<TermClause> clauses, HashSet<Term>? seen, AnalyzedQuestion question, float weight, IndexReader reader, TermContexts terms)
    {
        var maxUnigramDocs = (long)(_ranking.MaxUnigramShare * reader.MaxDoc);
        foreach (var term in question.ChineseTerms)
        {
            if (term.Length > 1)
                Add(clauses, seen, terms, IndexFields.TextChinese, term, weight * _ranking.BigramBoost);
            else
                Add(clauses, seen, terms, IndexFields.TextChinese, term, weight * _ranking.UnigramBoost,
                    context => _ranking.MaxUnigramShare >= 1 || context.DocFreq <= maxUnigramDocs);
        }
        foreach (var term in question.ExpansionTerms)
            Add(clauses, seen, terms, IndexFields.TextChinese, term, weight * _ranking.ExpansionBoost);
        // The same words against the questions guide sections answer; few sections hold each, so they weigh much.
        foreach (var term in question.ChineseTerms)
            Add(clauses, seen, terms, IndexFields.QuestionChinese, term, weight * _ranking.QuestionBoost * (term.Length > 1 ? _ranking.BigramBoost : _ranking.UnigramBoost));
        foreach (var term in question.EnglishTerms)
            Add(clauses, seen, terms, IndexFields.QuestionEnglish, term, weight * _ranking.QuestionBoost);
        foreach (var term in question.GlossaryTerms)
            Add(clauses, seen, terms, IndexFields.TextGlossary, term, weight * _ranking.GlossaryBoost);
        foreach (var term in question.EnglishTerms)
            Add(clauses, seen, terms, IndexFields.TextEnglish, term, weight);
        foreach (var term in question.EnglishExpansionTerms)
            Add(clauses, seen, terms, IndexFields.TextEnglish, term, weight * _ranking.EnglishExpansionBoost);
        foreach (var law in question.MentionedLaws)
            Add(clauses, seen, terms, IndexFields.ShortTitle, law, weight * _ranking.MentionedLawBoost);
    }

    /// <summary>The query that finds every version of a referenced article.</summary>
    public Query BuildReference(ArticleReference reference, SearchFilters filters)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.ShortTitle, reference.ShortTitle)), Occur.MUST },
            { NumericRangeQuery.NewInt32Range(IndexFields.Number, reference.Number, reference.Number, true, true), Occur.MUST },
            { NumericRangeQuery.NewInt32Range(IndexFields.SubNumber, reference.SubNumber, reference.SubNumber, true, true), Occur.MUST },
        };
        return Filter(query, filters with { ShortTitle = null });
    }

    /// <summary>Every version of the article under <paramref name="key"/> that <paramref name="filters"/> let through.</summary>
    public Query BuildKey(string key, SearchFilters filters) => Filter(new TermQuery(new Term(IndexFields.Key, key)), filters);

    /// <summary>The documents <paramref name="filters"/> let through, or null when they restrict nothing.</summary>
    public static FixedBitSet? Accepted(SearchFilters filters, IndexSearcher searcher)
    {
        if (FilterQuery(filters) is not { } filter)
            return null;
        var accepted = new FixedBitSet(searcher.IndexReader.MaxDoc);
        searcher.Search(filter, new BitSetCollector(accepted));
        return accepted;
    }

    private static Query Filter(Query query, SearchFilters filters) =>
        FilterQuery(filters) is { } filter ? new FilteredQuery(query, new QueryWrapperFilter(filter)) : query;

    private static BooleanQuery? FilterQuery(SearchFilters filters)
    {
        if (filters.IsEmpty)
            return null;
        var filter = new BooleanQuery();
        if (filters.Kinds is { Count: > 0 } kinds)
        {
            var anyKind = new BooleanQuery();
            foreach (var kind in kinds)
                anyKind.Add(new TermQuery(new Term(IndexFields.Kind, kind.ToString())), Occur.SHOULD);
            filter.Add(anyKind, Occur.MUST);
        }
        if (filters.Jurisdiction is { } jurisdiction)
            filter.Add(new TermQuery(new Term(IndexFields.Jurisdiction, jurisdiction.ToString())), Occur.MUST);
        if (filters.Language is { } language)
            filter.Add(new TermQuery(new Term(IndexFields.Language, LanguageCodes.From(language))), Occur.MUST);
        if (filters.ShortTitle is { } title)
            filter.Add(new TermQuery(new Term(IndexFields.ShortTitle, title)), Occur.MUST);
        if (filters.CurrentOnly)
            filter.Add(new TermQuery(new Term(IndexFields.Status, nameof(DocumentStatus.Current))), Occur.MUST);
        return filter;
    }

    // Terms missing from the index are kept (with no postings) so the clause list mirrors the question. A term already
    // in the query keeps its first (the question's own) weight.
    private static void Add(
        List<TermClause> clauses, HashSet<Term>? seen, TermContexts terms, string field, string text, float boost, Func<TermContext, bool>? keep = null)
    {
        if (boost <= 0)
            return;
        var term = new Term(field, text);
        if (seen is not null && !seen.Add(term))
            return;
        var context = terms.Lookup(term);
        if (keep is null || keep(context))
            clauses.Add(new TermClause(term, boost, context));
    }
}

/// <summary>Marks every matching document in a bit set, by its index-wide number.</summary>
internal sealed class BitSetCollector(FixedBitSet bits) : ICollector
{
    private int _docBase;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc) => bits.Set(_docBase + doc);
}
