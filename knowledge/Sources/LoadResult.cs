using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Sources;

/// <summary>The documents loaded from the source roots, and what could not be loaded.</summary>
/// <param name="Documents">Documents in a stable order (roots in the given order, paths ordinal-sorted).</param>
/// <param name="Failures">Missing roots, unreadable files and skipped records.</param>
public sealed record LoadResult(IReadOnlyList<LegalDocument> Documents, IReadOnlyList<SourceFailure> Failures);
