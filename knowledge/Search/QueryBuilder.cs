using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Assistant.Knowledge.Search;

/// <summary>
/// Builds the Lucene query from an analysed question. The query is assembled from term queries, never parsed
/// from user text, so no input (<c>+ ? ( " :</c>) can make it fail.
/// </summary>
internal sealed class QueryBuilder
{
    private readonly RankingOptions _ranking;

    public QueryBuilder(RankingOptions ranking) => _ranking = ranking;

    public Query? Build(AnalyzedQuestion question, SearchFilters filters, IndexReader reader)
    {
        var scoring = new BooleanQuery();
        var maxUnigramDocs = (long)(_ranking.MaxUnigramShare * reader.MaxDoc);
        foreach (var term in question.ChineseTerms)
        {
            if (term.Length > 1)
                Add(scoring, IndexFields.TextChinese, term, _ranking.BigramBoost);
            else if (_ranking.MaxUnigramShare >= 1 || reader.DocFreq(new Term(IndexFields.TextChinese, term)) <= maxUnigramDocs)
                Add(scoring, IndexFields.TextChinese, term, _ranking.UnigramBoost);
        }
        foreach (var term in question.ExpansionTerms)
            Add(scoring, IndexFields.TextChinese, term, _ranking.ExpansionBoost);
        foreach (var term in question.GlossaryTerms)
            Add(scoring, IndexFields.TextGlossary, term, _ranking.GlossaryBoost);
        foreach (var term in question.EnglishTerms)
            Add(scoring, IndexFields.TextEnglish, term, 1.0f);
        foreach (var law in question.MentionedLaws)
            Add(scoring, IndexFields.ShortTitle, law, _ranking.MentionedLawBoost);

        if (scoring.Clauses.Count == 0)
            return null;
        return Filter(scoring, filters);
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

    private static Query Filter(Query query, SearchFilters filters)
    {
        if (filters.IsEmpty)
            return query;
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
        return new FilteredQuery(query, new QueryWrapperFilter(filter));
    }

    private static void Add(BooleanQuery query, string field, string term, float boost)
    {
        if (boost <= 0)
            return;
        query.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
    }
}
