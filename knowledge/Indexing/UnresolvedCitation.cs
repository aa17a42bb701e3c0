namespace Assistant.Knowledge.Indexing;

/// <summary>A guide section citing an article the index does not hold: the worker would be pointed at law that can't be
/// shown or opened.</summary>
/// <param name="DocumentId">The guide's document id (source-relative path).</param>
/// <param name="Section">The citing section's key.</param>
/// <param name="CitedKey">The key that resolves to no indexed article.</param>
public sealed record UnresolvedCitation(string DocumentId, string Section, string CitedKey)
{
    /// <summary>One line for reports: where, and what.</summary>
    public override string ToString() => $"{DocumentId}: section '{Section}' cites {CitedKey}, which is not in the index";

    /// <summary>The citations of <paramref name="sections"/> (document id, section key, cited keys) that name no key of
    /// <paramref name="keys"/>, in the sections' order.</summary>
    public static IReadOnlyList<UnresolvedCitation> Among(
        IEnumerable<(string DocumentId, string Section, IReadOnlyList<string> Cites)> sections, IReadOnlySet<string> keys) =>
        sections
            .SelectMany(s => s.Cites.Where(k => !keys.Contains(k)).Select(k => new UnresolvedCitation(s.DocumentId, s.Section, k)))
            .ToList();
}
