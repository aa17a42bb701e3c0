using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Assistant.Knowledge.Sources.Doc;

/// <summary>
/// The page-sized pictures of a Word 97–2003 file: the JPEG and PNG images (OfficeArt BLIP records, [MS-ODRAW]) stored
/// in its Data stream (pictures in the text) and its table stream (pictures floating over it), in the order stored.
/// Only pictures large enough to be a scanned page are kept (the long side 1,000 pixels or more, the short 600), and a
/// picture stored twice (a page shown again at a small size) once. Used when a file holds scans and no text.
/// </summary>
internal static class WordBinaryPictures
{
    private const ushort JpegBlip = 0xF01D;
    private const ushort PngBlip = 0xF01E;
    private const ushort CmykJpegBlip = 0xF02A;
    private const int RecordHeader = 8;
    private const int MinLongSide = 1000;
    private const int MinShortSide = 600;

    public static List<byte[]> PageImages(CompoundFile file)
    {
        var images = new List<byte[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in new[] { "Data", "1Table", "0Table" })
        {
            if (file.Stream(name) is not { } stream)
                continue;
            foreach (var image in Blips(stream))
            {
                if (Size(image) is var (width, height) && Math.Max(width, height) >= MinLongSide && Math.Min(width, height) >= MinShortSide
                    && seen.Add(Convert.ToHexString(SHA256.HashData(image))))
                    images.Add(image);
            }
        }
        return images;
    }

    // Every JPEG or PNG BLIP record in the stream: a record header (version and instance, type, length), one or two
    // 16-byte ids as the instance says, a tag byte, then the image file.
    private static IEnumerable<byte[]> Blips(byte[] stream)
    {
        for (var at = 0; at + RecordHeader <= stream.Length; at++)
        {
            var type = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(at + 2));
            if (type is not (JpegBlip or PngBlip or CmykJpegBlip))
                continue;
            var instance = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(at)) >> 4;
            var length = BinaryPrimitives.ReadUInt32LittleEndian(stream.AsSpan(at + 4));
            var ids = instance switch
            {
                0x46A or 0x6E2 or 0x6E0 => 1,
                0x46B or 0x6E3 or 0x6E1 => 2,
                _ => 0,
            };
            var data = at + RecordHeader + ids * 16 + 1;
            if (ids == 0 || length > stream.Length - at - RecordHeader || data >= at + RecordHeader + length)
                continue;
            var image = stream.AsSpan(data, (int)(at + RecordHeader + length - data)).ToArray();
            if (image is [0xFF, 0xD8, ..] or [0x89, 0x50, 0x4E, 0x47, ..])
            {
                yield return image;
                at += RecordHeader + (int)length - 1;
            }
        }
    }

    // Pixel size from a PNG's header chunk or a JPEG's start-of-frame segment.
    private static (int Width, int Height)? Size(byte[] image)
    {
        if (image is [0x89, 0x50, 0x4E, 0x47, ..] && image.Length >= 24)
            return (BinaryPrimitives.ReadInt32BigEndian(image.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(image.AsSpan(20)));
        for (var at = 2; at + 9 < image.Length;)
        {
            if (image[at] != 0xFF)
                return null;
            var marker = image[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(image.AsSpan(at + 2));
            if (marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC))
                return (BinaryPrimitives.ReadUInt16BigEndian(image.AsSpan(at + 7)), BinaryPrimitives.ReadUInt16BigEndian(image.AsSpan(at + 5)));
            at += 2 + length;
        }
        return null;
    }
}
