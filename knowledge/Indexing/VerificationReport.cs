namespace Assistant.Knowledge.Indexing;

/// <summary>What <see cref="IndexVerifier"/> found.</summary>
/// <param name="Generation">The live generation checked, if any.</param>
/// <param name="Problems">What is wrong; the index is healthy when empty.</param>
/// <param name="Warnings">What is odd but harmless (leftovers of killed builds).</param>
/// <param name="Articles">Articles found in the live generation.</param>
public sealed record VerificationReport(string? Generation, IReadOnlyList<string> Problems, IReadOnlyList<string> Warnings, int Articles)
{
    /// <summary>Guide citations naming no article of the index: the index serves, but those sections' law can't be shown.</summary>
    public IReadOnlyList<UnresolvedCitation> UnresolvedCitations { get; init; } = [];

    /// <summary>True when no problem was found.</summary>
    public bool IsHealthy => Problems.Count == 0;
}
