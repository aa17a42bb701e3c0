using System.Buffers.Binary;
using System.Text;

namespace Assistant.Knowledge.Sources.Doc;

/// <summary>
/// Reads the streams at the top of a compound file ([MS-CFB]), the container of Word 97–2003 <c>.doc</c> files and of
/// WPS Office's <c>.wps</c>: sectors chained through the FAT, small streams through the mini FAT inside the root's
/// mini stream. Only reading; a damaged chain is an <see cref="InvalidDataException"/> naming what is wrong.
/// </summary>
internal sealed class CompoundFile
{
    private const uint MaxRegularSector = 0xFFFFFFFA;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint NoStream = 0xFFFFFFFF;
    private const int DirectoryEntrySize = 128;
    private const int HeaderDifatEntries = 109;
    private static readonly byte[] Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private readonly byte[] _file;
    private readonly int _sectorSize;
    private readonly int _miniSectorSize;
    private readonly uint _miniStreamCutoff;
    private readonly uint[] _fat;
    private readonly uint[] _miniFat;
    private readonly byte[] _miniStream;
    private readonly Dictionary<string, Entry> _topLevel;

    private CompoundFile(byte[] file)
    {
        _file = file;
        if (file.Length < 512 || !file.AsSpan(0, 8).SequenceEqual(Signature))
            throw new InvalidDataException("not a Word 97–2003 file (no compound file signature)");
        _sectorSize = 1 << U16(28 + 2);
        _miniSectorSize = 1 << U16(32);
        if (_sectorSize is not (512 or 4096) || _miniSectorSize != 64)
            throw new InvalidDataException("the compound file header is damaged (sector size)");
        _miniStreamCutoff = U32(56);
        _fat = ReadFat();
        var directory = ReadChain(U32(48), long.MaxValue);
        var entries = ReadEntries(directory);
        if (entries.Count == 0 || entries[0].Type != EntryType.Root)
            throw new InvalidDataException("the compound file has no root entry");
        _miniFat = ToUInts(ReadChain(U32(60), (long)U32(64) * _sectorSize));
        _miniStream = ReadChain(entries[0].Start, entries[0].Size);
        _topLevel = Children(entries, entries[0]);
    }

    /// <summary>Opens a compound file held in memory.</summary>
    public static CompoundFile Open(byte[] file) => new(file);

    /// <summary>True when the file starts with the compound file signature.</summary>
    public static bool HasSignature(ReadOnlySpan<byte> file) => file.Length >= 8 && file[..8].SequenceEqual(Signature);

    /// <summary>Whether a stream of that name lies directly below the root.</summary>
    public bool Has(string name) => _topLevel.TryGetValue(name, out var entry) && entry.Type == EntryType.Stream;

    /// <summary>The bytes of a stream directly below the root, or null when there is none of that name.</summary>
    public byte[]? Stream(string name)
    {
        if (!_topLevel.TryGetValue(name, out var entry) || entry.Type != EntryType.Stream)
            return null;
        return entry.Size < _miniStreamCutoff ? ReadMiniChain(entry.Start, entry.Size) : ReadChain(entry.Start, entry.Size);
    }

    private uint[] ReadFat()
    {
        var fatSectors = new List<uint>();
        for (var i = 0; i < HeaderDifatEntries; i++)
            fatSectors.Add(U32(76 + i * 4));
        var difat = U32(68);
        var perSector = _sectorSize / 4 - 1;
        var guard = 0;
        while (difat <= MaxRegularSector && guard++ < SectorCount)
        {
            var offset = SectorOffset(difat);
            for (var i = 0; i < perSector; i++)
                fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(_file.AsSpan(offset + i * 4)));
            difat = BinaryPrimitives.ReadUInt32LittleEndian(_file.AsSpan(offset + perSector * 4));
        }
        var used = fatSectors.Where(s => s <= MaxRegularSector).Take((int)U32(44)).ToList();
        using var fat = new MemoryStream();
        foreach (var sector in used)
            fat.Write(_file, SectorOffset(sector), _sectorSize);
        return ToUInts(fat.ToArray());
    }

    private int SectorCount => _file.Length / _sectorSize;

    private int SectorOffset(uint sector)
    {
        var offset = ((long)sector + 1) * _sectorSize;
        if (offset + _sectorSize > _file.Length)
            throw new InvalidDataException("the compound file is truncated or damaged (a sector lies past its end)");
        return (int)offset;
    }

    private byte[] ReadChain(uint start, long size)
    {
        using var stream = new MemoryStream();
        var sector = start;
        var visited = 0;
        while (sector != EndOfChain && stream.Length < size)
        {
            if (sector >= _fat.Length || visited++ > _fat.Length)
                throw new InvalidDataException("the compound file is damaged (a broken sector chain)");
            stream.Write(_file, SectorOffset(sector), _sectorSize);
            sector = _fat[sector];
        }
        return Trim(stream, size);
    }

    private byte[] ReadMiniChain(uint start, long size)
    {
        using var stream = new MemoryStream();
        var sector = start;
        var visited = 0;
        while (sector != EndOfChain && stream.Length < size)
        {
            var offset = (long)sector * _miniSectorSize;
            if (sector >= _miniFat.Length || visited++ > _miniFat.Length || offset + _miniSectorSize > _miniStream.Length)
                throw new InvalidDataException("the compound file is damaged (a broken mini sector chain)");
            stream.Write(_miniStream, (int)offset, _miniSectorSize);
            sector = _miniFat[sector];
        }
        return Trim(stream, size);
    }

    private static byte[] Trim(MemoryStream stream, long size)
    {
        if (size != long.MaxValue && stream.Length < size)
            throw new InvalidDataException("the compound file is damaged (a stream is shorter than its entry says)");
        var bytes = stream.ToArray();
        return size < bytes.Length ? bytes[..(int)size] : bytes;
    }

    private static List<Entry> ReadEntries(byte[] directory)
    {
        var entries = new List<Entry>();
        for (var offset = 0; offset + DirectoryEntrySize <= directory.Length; offset += DirectoryEntrySize)
        {
            var span = directory.AsSpan(offset, DirectoryEntrySize);
            var nameBytes = Math.Clamp(BinaryPrimitives.ReadUInt16LittleEndian(span[64..]) - 2, 0, 62);
            entries.Add(new Entry(
                Encoding.Unicode.GetString(span[..nameBytes]),
                (EntryType)span[66],
                BinaryPrimitives.ReadUInt32LittleEndian(span[68..]),
                BinaryPrimitives.ReadUInt32LittleEndian(span[72..]),
                BinaryPrimitives.ReadUInt32LittleEndian(span[76..]),
                BinaryPrimitives.ReadUInt32LittleEndian(span[116..]),
                // Version 3 files (512-byte sectors) may leave garbage in the high half of the size.
                (long)BinaryPrimitives.ReadUInt32LittleEndian(span[120..])));
        }
        return entries;
    }

    // The children of a storage form a red-black tree through their sibling links; any walk order finds them all.
    private static Dictionary<string, Entry> Children(List<Entry> entries, Entry storage)
    {
        var children = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<uint>();
        pending.Push(storage.Child);
        var seen = new HashSet<uint>();
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (id == NoStream || id >= entries.Count || !seen.Add(id))
                continue;
            var entry = entries[(int)id];
            children.TryAdd(entry.Name, entry);
            pending.Push(entry.Left);
            pending.Push(entry.Right);
        }
        return children;
    }

    private static uint[] ToUInts(byte[] bytes)
    {
        var values = new uint[bytes.Length / 4];
        for (var i = 0; i < values.Length; i++)
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * 4));
        return values;
    }

    private ushort U16(int offset) => BinaryPrimitives.ReadUInt16LittleEndian(_file.AsSpan(offset));

    private uint U32(int offset) => BinaryPrimitives.ReadUInt32LittleEndian(_file.AsSpan(offset));

    private enum EntryType : byte
    {
        Storage = 1,
        Stream = 2,
        Root = 5,
    }

    private sealed record Entry(string Name, EntryType Type, uint Left, uint Right, uint Child, uint Start, long Size);
}
