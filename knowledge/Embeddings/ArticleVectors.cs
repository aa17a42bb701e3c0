using System.Buffers.Binary;
using System.Text;

namespace Assistant.Knowledge.Embeddings;

/// <summary>
/// The embedding of every article of one index generation, in Lucene document order (a generation is one segment, so
/// the order is fixed when it is published). Searching compares the question with every article: at the size of the
/// national corpus that is a few milliseconds, and exact, with nothing to tune or rebuild.
/// </summary>
public sealed class ArticleVectors
{
    /// <summary>The file's name inside a generation folder.</summary>
    public const string FileName = "vectors.bin";

    private static readonly byte[] Magic = "ASVEC01\0"u8.ToArray();
    private readonly sbyte[] _values;
    private readonly float[] _scales;

    internal ArticleVectors(int dimensions, sbyte[] values, float[] scales)
    {
        Dimensions = dimensions;
        _values = values;
        _scales = scales;
    }

    /// <summary>Components per vector.</summary>
    public int Dimensions { get; }

    /// <summary>Vectors held: one per Lucene document.</summary>
    public int Count => _scales.Length;

    /// <summary>Quantizes <paramref name="vectors"/> (one per document, in document order) into a set.</summary>
    public static ArticleVectors From(IReadOnlyList<float[]> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        return From([.. vectors.Select(v => Int8Vectors.Quantize(v))]);
    }

    /// <summary>A set of vectors already quantized, one per document, in document order.</summary>
    internal static ArticleVectors From(IReadOnlyList<ByteVector> vectors)
    {
        var dimensions = vectors.Count == 0 ? 0 : vectors[0].Values.Length;
        var values = new sbyte[vectors.Count * dimensions];
        var scales = new float[vectors.Count];
        for (var i = 0; i < vectors.Count; i++)
        {
            if (vectors[i].Values.Length != dimensions)
                throw new ArgumentException($"Vector {i} has {vectors[i].Values.Length} components, the first has {dimensions}.", nameof(vectors));
            vectors[i].Values.CopyTo(values, i * dimensions);
            scales[i] = vectors[i].Scale;
        }
        return new ArticleVectors(dimensions, values, scales);
    }

    /// <summary>The question's vector made comparable with the articles'; null when its length is not theirs.</summary>
    public ByteVector? Prepare(ReadOnlySpan<float> question)
    {
        if (question.Length != Dimensions || Dimensions == 0)
            return null;
        var quantized = Int8Vectors.Quantize(question);
        return quantized.Scale == 0 ? null : quantized;
    }

    /// <summary>The cosine of the question and document <paramref name="doc"/>'s article.</summary>
    public float Cosine(ByteVector question, int doc) =>
        Int8Vectors.Dot(question.Values, _values.AsSpan(doc * Dimensions, Dimensions)) * question.Scale * _scales[doc];

    /// <summary>The <paramref name="count"/> documents most similar to the question, best first, among those
    /// <paramref name="accept"/> lets through.</summary>
    public IReadOnlyList<(int Doc, float Cosine)> Nearest(ByteVector question, int count, Func<int, bool>? accept = null)
    {
        var best = new PriorityQueue<int, float>(count + 1);
        for (var doc = 0; doc < Count; doc++)
        {
            if (_scales[doc] == 0 || (accept is not null && !accept(doc)))
                continue;
            var cosine = Cosine(question, doc);
            if (best.Count < count)
                best.Enqueue(doc, cosine);
            else if (best.TryPeek(out _, out var lowest) && cosine > lowest)
                best.EnqueueDequeue(doc, cosine);
        }
        var result = new (int Doc, float Cosine)[best.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            best.TryDequeue(out var doc, out var cosine);
            result[i] = (doc, cosine);
        }
        return result;
    }

    /// <summary>Writes the set to <paramref name="path"/>.</summary>
    public void Write(string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: false);
        writer.Write(Magic);
        writer.Write(Dimensions);
        writer.Write(Count);
        foreach (var scale in _scales)
            writer.Write(scale);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_values.AsSpan()));
    }

    /// <summary>Reads a set written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a vector file, or is cut short.</exception>
    public static ArticleVectors Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Span<byte> header = stackalloc byte[Magic.Length + 8];
        stream.ReadExactly(header);
        if (!header[..Magic.Length].SequenceEqual(Magic))
            throw new InvalidDataException($"{path} is not a vector file of this program.");
        var dimensions = BinaryPrimitives.ReadInt32LittleEndian(header[Magic.Length..]);
        var count = BinaryPrimitives.ReadInt32LittleEndian(header[(Magic.Length + 4)..]);
        if (dimensions < 0 || count < 0 || stream.Length != header.Length + count * 4L + (long)count * dimensions)
            throw new InvalidDataException($"{path} is cut short or damaged ({stream.Length} bytes for {count} vectors of {dimensions}).");
        var scales = new float[count];
        stream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(scales.AsSpan()));
        var values = new sbyte[(long)count * dimensions];
        stream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        if (scales.Any(s => !float.IsFinite(s) || s < 0))
            throw new InvalidDataException($"{path} holds damaged scales.");
        return new ArticleVectors(dimensions, values, scales);
    }
}

/// <summary>A unit vector as signed bytes and the scale that turns a byte back into its component: how articles are
/// stored, cached and compared, and how a question is compared with them.</summary>
public sealed record ByteVector(sbyte[] Values, float Scale);
