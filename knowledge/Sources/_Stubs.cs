// TEMPORARY stand-ins until the parsing branch merges. Deleted at merge.
#pragma warning disable CS1591
using Assistant.Knowledge.Documents;
namespace Assistant.Knowledge.Sources;
public sealed record SourceFailure(string Path, string Reason);
public sealed record LoadProgress(int FilesDone, int FilesTotal, string CurrentPath);
public sealed record LoadResult(IReadOnlyList<LegalDocument> Documents, IReadOnlyList<SourceFailure> Failures);
public sealed class DocumentLoader
{
    public LoadResult Load(IReadOnlyList<string> sourceRoots, IProgress<LoadProgress>? progress, CancellationToken cancellationToken) => new([], []);
}
