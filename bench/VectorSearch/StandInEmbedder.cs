using System.Security.Cryptography;
using System.Text;
using Assistant.Knowledge.Embeddings;

namespace Assistant.Bench.VectorSearch;

/// <summary>
/// A model's cost without a model: every text gets a fixed pseudo-random unit-length direction derived from its hash.
/// What a search costs does not depend on the values of the vectors, only on their number and length, so this measures
/// the searcher's own time; it says nothing about quality.
/// </summary>
internal sealed class StandInEmbedder(int dimensions) : ITextEmbedder
{
    public string Model => $"stand-in-{dimensions}";

    public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<float[]>>([.. texts.Select(Vector)]);

    public float[] Vector(string text)
    {
        var random = new Random(BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
        var vector = new float[dimensions];
        for (var i = 0; i < vector.Length; i++)
        {
            // Box–Muller: Gaussian components give directions spread evenly over the sphere, as trained models' are not,
            // but the cost is the same.
            vector[i] = (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
        }
        return vector;
    }
}
