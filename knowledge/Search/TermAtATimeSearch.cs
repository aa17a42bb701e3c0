using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Assistant.Knowledge.Search;

/// <summary>
/// Scores a <see cref="TermDisjunction"/> one term at a time into a dense per-segment accumulator and keeps the top
/// hits. The scores are Lucene's own — the searcher's similarity, each term's weight, summed in double precision in the
/// order Lucene's <c>BooleanScorer</c> adds them and ties broken by document order — so the ranking equals searching
/// the equivalent <see cref="BooleanQuery"/>, without its per-query bucket table, one terms enumerator and postings
/// reader per term, and per-document collector calls.
/// </summary>
internal sealed class TermAtATimeSearch
{
    private readonly ConcurrentBag<ScoreAccumulator> _accumulators = [];

    public ScoreDoc[] Search(IndexSearcher searcher, TermDisjunction query, TermContexts terms, int count, CancellationToken cancellationToken)
    {
        var similarity = searcher.Similarity;
        var weights = Weigh(searcher, query.Clauses);
        var top = new TopHits(count);
        var accumulator = Rent();
        try
        {
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var accepted = Accepted(query.Filter, leaf);
                if (accepted.Skip)
                    continue;
                accumulator.Prepare(leaf.AtomicReader.MaxDoc);
                DocsEnum? reusable = null;
                string? reusableField = null;
                // BooleanScorer visits its clauses last to first; adding in the same order gives the same sums.
                for (var i = query.Clauses.Count - 1; i >= 0; i--)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var clause = query.Clauses[i];
                    var state = clause.Context.Get(leaf.Ord);
                    if (state is null || weights[i] is not { } weight)
                        continue;
                    var enumerator = terms.Enumerator(leaf, clause.Term.Field)!;
                    enumerator.SeekExact(clause.Term.Bytes, state);
                    var docs = enumerator.Docs(accepted.Bits, reusableField == clause.Term.Field ? reusable : null, DocsFlags.FREQS);
                    if (docs is null)
                        continue;
                    (reusable, reusableField) = (docs, clause.Term.Field);
                    var scorer = similarity.GetSimScorer(weight, leaf);
                    int doc;
                    while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                        accumulator.Add(doc, scorer.Score(doc, docs.Freq));
                }
                accumulator.Drain(leaf.DocBase, top);
            }
        }
        finally
        {
            accumulator.Clear();
            _accumulators.Add(accumulator);
        }
        return top.ToScoreDocs();
    }

    // What TermQuery's weight computes, normalised the way the searcher normalises a top-level query.
    private static Similarity.SimWeight?[] Weigh(IndexSearcher searcher, IReadOnlyList<TermClause> clauses)
    {
        var weights = new Similarity.SimWeight?[clauses.Count];
        var collections = new Dictionary<string, CollectionStatistics>(StringComparer.Ordinal);
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            if (clause.Context.DocFreq == 0)
                continue;
            if (!collections.TryGetValue(clause.Term.Field, out var collection))
                collections[clause.Term.Field] = collection = searcher.CollectionStatistics(clause.Term.Field);
            var weight = searcher.Similarity.ComputeWeight(clause.Boost, collection, searcher.TermStatistics(clause.Term, clause.Context));
            var norm = searcher.Similarity.QueryNorm(weight.GetValueForNormalization());
            weight.Normalize(float.IsInfinity(norm) || float.IsNaN(norm) ? 1f : norm, 1f);
            weights[i] = weight;
        }
        return weights;
    }

    private static (bool Skip, IBits? Bits) Accepted(Filter? filter, AtomicReaderContext leaf)
    {
        var live = leaf.AtomicReader.LiveDocs;
        if (filter is null)
            return (false, live);
        var iterator = filter.GetDocIdSet(leaf, live)?.GetIterator();
        if (iterator is null)
            return (true, null);
        var bits = new FixedBitSet(leaf.AtomicReader.MaxDoc);
        bits.Or(iterator);
        return (false, bits);
    }

    private ScoreAccumulator Rent() => _accumulators.TryTake(out var accumulator) ? accumulator : new ScoreAccumulator();

    /// <summary>Sums of one segment's scores, reset after each use by visiting only the documents it touched.</summary>
    private sealed class ScoreAccumulator
    {
        private double[] _scores = [];
        private int[] _touched = [];
        private int _count;

        public void Prepare(int maxDoc)
        {
            if (_scores.Length >= maxDoc)
                return;
            _scores = new double[maxDoc];
            _touched = new int[maxDoc];
        }

        // Term scores are positive (BM25 idf > 0, boosts > 0), so 0 means "not touched yet".
        public void Add(int doc, float score)
        {
            ref var sum = ref _scores[doc];
            if (sum == 0)
                _touched[_count++] = doc;
            sum += score;
        }

        public void Drain(int docBase, TopHits top)
        {
            for (var i = 0; i < _count; i++)
            {
                var doc = _touched[i];
                top.Offer((float)_scores[doc], docBase + doc);
                _scores[doc] = 0;
            }
            _count = 0;
        }

        public void Clear()
        {
            for (var i = 0; i < _count; i++)
                _scores[_touched[i]] = 0;
            _count = 0;
        }
    }

    /// <summary>The best hits by score, then by document order (Lucene's tie-break), in a bounded min-heap.</summary>
    private sealed class TopHits(int capacity)
    {
        private readonly ScoreDoc[] _heap = new ScoreDoc[capacity];
        private int _size;

        public void Offer(float score, int doc)
        {
            if (_size < _heap.Length)
            {
                _heap[_size] = new ScoreDoc(doc, score);
                SiftUp(_size++);
            }
            else if (capacity > 0 && Worse(_heap[0], score, doc))
            {
                _heap[0].Doc = doc;
                _heap[0].Score = score;
                SiftDown(0);
            }
        }

        public ScoreDoc[] ToScoreDocs()
        {
            var hits = _heap[.._size];
            Array.Sort(hits, (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
            return hits;
        }

        private static bool Worse(ScoreDoc hit, float score, int doc) => hit.Score < score || (hit.Score == score && hit.Doc > doc);

        private void SiftUp(int index)
        {
            while (index > 0)
            {
                var parent = (index - 1) / 2;
                if (!Worse(_heap[index], _heap[parent].Score, _heap[parent].Doc))
                    return;
                (_heap[index], _heap[parent]) = (_heap[parent], _heap[index]);
                index = parent;
            }
        }

        private void SiftDown(int index)
        {
            while (true)
            {
                var left = 2 * index + 1;
                if (left >= _size)
                    return;
                var right = left + 1;
                var worst = right < _size && Worse(_heap[right], _heap[left].Score, _heap[left].Doc) ? right : left;
                if (!Worse(_heap[worst], _heap[index].Score, _heap[index].Doc))
                    return;
                (_heap[index], _heap[worst]) = (_heap[worst], _heap[index]);
                index = worst;
            }
        }
    }
}
