using System.Text;

namespace Assistant.Knowledge.Sources.Archives;

/// <summary>
/// Decodes the names in a zip archive written without the UTF-8 flag as a text file's bytes are decoded
/// (<see cref="SourceEncoding"/>): Linux and macOS tools write UTF-8 anyway, Chinese Windows writes GB18030 (GBK).
/// ZipArchive takes one encoding for all names, so this one decides per name. Names are written as UTF-8.
/// </summary>
internal sealed class ArchiveNames : Encoding
{
    public override int GetByteCount(char[] chars, int index, int count) => UTF8.GetByteCount(chars, index, count);

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) =>
        UTF8.GetBytes(chars, charIndex, charCount, bytes, byteIndex);

    public override int GetCharCount(byte[] bytes, int index, int count) => Name(bytes, index, count).Length;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        var name = Name(bytes, byteIndex, byteCount);
        name.CopyTo(0, chars, charIndex, name.Length);
        return name.Length;
    }

    public override int GetMaxByteCount(int charCount) => UTF8.GetMaxByteCount(charCount);

    public override int GetMaxCharCount(int byteCount) => byteCount;

    private static string Name(byte[] bytes, int index, int count) =>
        SourceEncoding.Decode(bytes.AsSpan(index, count).ToArray(), honourDeclaredCharset: false);
}
