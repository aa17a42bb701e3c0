using Lucene.Net.Index;

namespace Assistant.Knowledge.Search;

/// <summary>
/// Looks up a question's terms in every segment with one terms enumerator per segment and field. Lucene's own
/// <c>TermContext.Build</c> opens a fresh enumerator (with its block-tree frames and buffers) for every term, which
/// made weight creation a third of a search's time and most of its garbage.
/// </summary>
internal sealed class TermContexts
{
    private readonly IndexReaderContext _top;
    private readonly Dictionary<(int Segment, string Field), TermsEnum?> _enums = [];

    public TermContexts(IndexReader reader) => _top = reader.Context;

    /// <summary>The term's states in every segment that has it (document frequency 0 when none has).</summary>
    public TermContext Lookup(Term term)
    {
        var context = new TermContext(_top);
        foreach (var leaf in _top.Leaves)
        {
            var terms = Enumerator(leaf, term.Field);
            if (terms is not null && terms.SeekExact(term.Bytes))
                context.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
        }
        return context;
    }

    /// <summary>The shared enumerator of <paramref name="field"/> in a segment, positioned anywhere; null without the field.</summary>
    public TermsEnum? Enumerator(AtomicReaderContext leaf, string field)
    {
        if (!_enums.TryGetValue((leaf.Ord, field), out var terms))
        {
            terms = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            _enums[(leaf.Ord, field)] = terms;
        }
        return terms;
    }
}
