using Assistant.Knowledge.Embeddings;
using Assistant.Knowledge.Indexing;
using Assistant.Knowledge.Search;

namespace Assistant.Indexer.Embeddings;

/// <summary>
/// Embeds questions for an index whose articles were embedded by the same model. The searcher would compare a vector of
/// another model in an unrelated space, and silently ignore one of another length; either way the run would measure
/// something else than it claims, so both are refused before anything is searched.
/// </summary>
internal sealed class QuestionVectors(ITextEmbedder embedder)
{
    /// <summary>Questions per request.</summary>
    public const int BatchSize = 32;

    /// <summary>The components of the index's vectors, once the live generation is known to hold usable vectors of
    /// this model.</summary>
    /// <exception cref="BadArgumentException">The index has no vectors, or vectors of another model.</exception>
    public int CheckIndex(KnowledgeSearcher searcher, IndexLocation location)
    {
        var recorded = searcher.Manifest?.Embeddings;
        if (recorded is null)
            throw new BadArgumentException($"--embeddings: the index at {location.Root} has no vectors: build it with --embeddings.");
        if (!string.Equals(recorded.Model, embedder.Model, StringComparison.Ordinal))
        {
            throw new BadArgumentException(
                $"--embeddings-model: the index at {location.Root} holds vectors of '{recorded.Model}'; --embeddings-model is '{embedder.Model}'.");
        }
        // The manifest names the model but the searcher could not use the vector file: a damaged generation, not a bad flag.
        if (searcher.EmbeddingModel is null)
        {
            throw new InvalidOperationException(
                $"The vectors of '{recorded.Model}' in {location.GenerationPath(searcher.Generation!)} cannot be used; run 'indexer verify'.");
        }
        return recorded.Dimensions;
    }

    /// <summary>One vector per question, in order, asked for <see cref="BatchSize"/> at a time.</summary>
    /// <exception cref="EmbeddingServiceException">The service failed.</exception>
    /// <exception cref="InvalidOperationException">The model now gives vectors of another length than the index's.</exception>
    public async Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> questions, int dimensions, CancellationToken cancellationToken)
    {
        var vectors = new List<float[]>(questions.Count);
        foreach (var batch in questions.Chunk(BatchSize))
            vectors.AddRange(await embedder.EmbedAsync(batch, cancellationToken));
        if (vectors.FirstOrDefault(v => v.Length != dimensions) is { } other)
        {
            throw new InvalidOperationException(
                $"The model '{embedder.Model}' now gives vectors of {other.Length} components where the index's have {dimensions}: " +
                "another model is served under that name. Rebuild the index with --embeddings.");
        }
        return vectors;
    }
}
