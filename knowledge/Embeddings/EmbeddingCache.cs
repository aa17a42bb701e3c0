using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Assistant.Knowledge.Embeddings;

/// <summary>
/// Vectors already computed, by the SHA-256 of the text embedded, one file per model under the index root: a rebuild
/// after one new rule is added embeds that rule's articles only, not the whole corpus again (on a CPU-served model the
/// national corpus takes hours). Records are appended; a record cut short by a crash is ignored when read.
/// </summary>
public sealed class EmbeddingCache
{
    /// <summary>The cache folder's name under the index root.</summary>
    public const string FolderName = "embeddings-cache";

    private static readonly byte[] Magic = "ASEMB01\0"u8.ToArray();
    private readonly string _path;
    private readonly Dictionary<Hash, ByteVector> _known = [];
    private int _dimensions;

    private EmbeddingCache(string path) => _path = path;

    /// <summary>Vectors in the cache.</summary>
    public int Count => _known.Count;

    /// <summary>Opens (or starts) the cache of <paramref name="model"/> under <paramref name="indexRoot"/>.</summary>
    public static EmbeddingCache Open(string indexRoot, string model)
    {
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(model)).AsSpan(0, 8));
        var cache = new EmbeddingCache(Path.Combine(indexRoot, FolderName, name + ".bin"));
        cache.Load();
        return cache;
    }

    /// <summary>The key of a text.</summary>
    public static Hash KeyOf(string text) => new(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The cached vector of <paramref name="key"/>, as stored.</summary>
    public bool TryGet(Hash key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ByteVector? vector) =>
        _known.TryGetValue(key, out vector);

    /// <summary>Adds new vectors and appends them to the file. Vectors of another length than the cache's start a new
    /// file: the model behind the name was changed.</summary>
    public void Add(IReadOnlyList<(Hash Key, ByteVector Vector)> entries)
    {
        if (entries.Count == 0)
            return;
        var dimensions = entries[0].Vector.Values.Length;
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var fresh = _dimensions != dimensions;
        if (fresh)
        {
            _known.Clear();
            _dimensions = dimensions;
        }
        using var stream = new FileStream(_path, fresh ? FileMode.Create : FileMode.Append, FileAccess.Write, FileShare.None, 1 << 16);
        if (fresh)
        {
            stream.Write(Magic);
            Span<byte> size = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(size, dimensions);
            stream.Write(size);
        }
        var record = new byte[Hash.Length + 4 + dimensions];
        foreach (var (key, vector) in entries)
        {
            if (vector.Values.Length != dimensions || _known.ContainsKey(key))
                continue;
            key.Bytes.CopyTo(record, 0);
            BinaryPrimitives.WriteSingleLittleEndian(record.AsSpan(Hash.Length), vector.Scale);
            System.Runtime.InteropServices.MemoryMarshal.AsBytes(vector.Values.AsSpan()).CopyTo(record.AsSpan(Hash.Length + 4));
            stream.Write(record);
            _known[key] = vector;
        }
    }

    private void Load()
    {
        if (!File.Exists(_path))
            return;
        var bytes = File.ReadAllBytes(_path);
        if (bytes.Length < Magic.Length + 4 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            return;
        _dimensions = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(Magic.Length));
        var recordLength = Hash.Length + 4 + _dimensions;
        for (var offset = Magic.Length + 4; offset + recordLength <= bytes.Length; offset += recordLength)
        {
            var key = new Hash(bytes.AsSpan(offset, Hash.Length).ToArray());
            var scale = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(offset + Hash.Length));
            var values = new sbyte[_dimensions];
            bytes.AsSpan(offset + Hash.Length + 4, _dimensions).CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
            _known[key] = new ByteVector(values, scale);
        }
    }

    /// <summary>A text's SHA-256, compared by value.</summary>
    public readonly record struct Hash(byte[] Bytes)
    {
        /// <summary>Bytes in a hash.</summary>
        public const int Length = 32;

        /// <inheritdoc />
        public bool Equals(Hash other) => Bytes.AsSpan().SequenceEqual(other.Bytes);

        /// <inheritdoc />
        public override int GetHashCode() => BinaryPrimitives.ReadInt32LittleEndian(Bytes);
    }
}
