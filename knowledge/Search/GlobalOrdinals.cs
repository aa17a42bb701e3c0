using Lucene.Net.Index;

namespace Assistant.Knowledge.Search;

/// <summary>
/// Ordinals of a sorted doc-values field that mean the same value in every segment, so ranking compares articles and
/// documents as numbers instead of decoding their keys. A single segment (what the builder publishes) needs no map.
/// </summary>
internal sealed class GlobalOrdinals
{
    private readonly MultiDocValues.OrdinalMap? _map;

    private GlobalOrdinals(MultiDocValues.OrdinalMap? map) => _map = map;

    public static GlobalOrdinals Build(IndexReader reader, string field)
    {
        var leaves = reader.Leaves;
        if (leaves.Count <= 1)
            return new GlobalOrdinals(null);
        var segments = leaves.Select(leaf => (leaf.AtomicReader.GetSortedDocValues(field) ?? DocValues.EMPTY_SORTED).GetTermsEnum()).ToArray();
        return new GlobalOrdinals(new MultiDocValues.OrdinalMap(reader.CoreCacheKey, segments));
    }

    /// <summary>The shared ordinal of segment <paramref name="segment"/>'s ordinal <paramref name="ordinal"/>.</summary>
    public long Of(int segment, int ordinal) => _map?.GetGlobalOrd(segment, ordinal) ?? ordinal;
}
