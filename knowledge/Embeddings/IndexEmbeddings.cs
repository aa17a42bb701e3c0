namespace Assistant.Knowledge.Embeddings;

/// <summary>What the vectors of a generation were made with; recorded in its manifest, so a question is embedded by the
/// same model or not compared at all.</summary>
/// <param name="Model">The model's name as the service knows it.</param>
/// <param name="Dimensions">Components per vector.</param>
/// <param name="MaxInputCharacters">How much of each article was embedded (title, label and chapter first).</param>
/// <param name="Embedded">Articles embedded by the service in this build.</param>
/// <param name="Reused">Articles whose vector came from the cache.</param>
public sealed record IndexEmbeddings(string Model, int Dimensions, int MaxInputCharacters, int Embedded, int Reused);
