using Assistant.Knowledge.Embeddings;
namespace Assistant.Knowledge.Indexing;

/// <summary>What a finished build published.</summary>
/// <param name="Generation">The new live generation.</param>
/// <param name="Documents">Documents indexed.</param>
/// <param name="Articles">Articles indexed.</param>
/// <param name="SizeBytes">Size of the generation on disk.</param>
/// <param name="Elapsed">Time spent writing the index (reading sources not included).</param>
/// <param name="Embeddings">What the article vectors were made with, when a model embedded them.</param>
public sealed record IndexBuildReport(string Generation, int Documents, int Articles, long SizeBytes, TimeSpan Elapsed, IndexEmbeddings? Embeddings = null);
