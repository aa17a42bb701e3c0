using System.Buffers.Binary;
using System.Text;

namespace Assistant.Knowledge.Tests.Sources;

/// <summary>Writes the smallest compound file ([MS-CFB], version 3, 512-byte sectors) holding one stream below the root,
/// as Office saves an encrypted package: enough to test what the readers say about such files.</summary>
internal static class CompoundFileWriter
{
    private const uint FreeSector = 0xFFFFFFFF;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FatSector = 0xFFFFFFFD;
    private const uint NoStream = 0xFFFFFFFF;

    /// <summary>A compound file whose root holds <paramref name="stream"/> (4,096 bytes or more, so it lives in regular
    /// sectors rather than the mini stream).</summary>
    public static byte[] With(string name, byte[] stream)
    {
        var dataSectors = (stream.Length + 511) / 512;
        var file = new byte[512 * (3 + dataSectors)]; // header, FAT, directory, data
        var header = file.AsSpan(0, 512);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[24..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], 1);          // FAT sectors
        BinaryPrimitives.WriteUInt32LittleEndian(header[48..], 1);          // first directory sector
        BinaryPrimitives.WriteUInt32LittleEndian(header[56..], 4096);       // mini stream cutoff
        BinaryPrimitives.WriteUInt32LittleEndian(header[60..], EndOfChain); // no mini FAT
        BinaryPrimitives.WriteUInt32LittleEndian(header[68..], EndOfChain); // no DIFAT sectors
        BinaryPrimitives.WriteUInt32LittleEndian(header[76..], 0);          // the FAT is sector 0
        for (var i = 1; i < 109; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(header[(76 + i * 4)..], FreeSector);

        var fat = file.AsSpan(512, 512);
        fat.Fill(0xFF);
        BinaryPrimitives.WriteUInt32LittleEndian(fat, FatSector);
        BinaryPrimitives.WriteUInt32LittleEndian(fat[4..], EndOfChain);
        for (var sector = 2; sector < 2 + dataSectors; sector++)
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(sector * 4)..], sector == 1 + dataSectors ? EndOfChain : (uint)sector + 1);

        var directory = file.AsSpan(1024, 512);
        Entry(directory[..128], "Root Entry", type: 5, child: 1, start: EndOfChain, size: 0);
        Entry(directory[128..256], name, type: 2, child: NoStream, start: 2, size: (uint)stream.Length);
        stream.CopyTo(file.AsSpan(1536));
        return file;
    }

    private static void Entry(Span<byte> entry, string name, byte type, uint child, uint start, uint size)
    {
        var encoded = Encoding.Unicode.GetBytes(name);
        encoded.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)(encoded.Length + 2));
        entry[66] = type;
        entry[67] = 1; // black
        BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], NoStream);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], NoStream);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], start);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[120..], size);
    }
}
