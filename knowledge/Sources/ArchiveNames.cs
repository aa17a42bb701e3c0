using System.Text;

namespace Assistant.Knowledge.Sources;

/// <summary>
/// Decodes the names in a zip archive written without the UTF-8 flag: Linux and macOS tools write UTF-8 anyway, Chinese
/// Windows writes GB18030 (GBK). A name whose bytes are valid UTF-8 is read as UTF-8, any other as GB18030; ZipArchive
/// takes one encoding for all names, so this one decides per name.
/// </summary>
internal sealed class ArchiveNames : Encoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Encoding _gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    public override int GetByteCount(char[] chars, int index, int count) => UTF8.GetByteCount(chars, index, count);

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) =>
        UTF8.GetBytes(chars, charIndex, charCount, bytes, byteIndex);

    public override int GetCharCount(byte[] bytes, int index, int count) => Pick(bytes, index, count).GetCharCount(bytes, index, count);

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) =>
        Pick(bytes, byteIndex, byteCount).GetChars(bytes, byteIndex, byteCount, chars, charIndex);

    public override int GetMaxByteCount(int charCount) => UTF8.GetMaxByteCount(charCount);

    public override int GetMaxCharCount(int byteCount) => byteCount;

    private Encoding Pick(byte[] bytes, int index, int count)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes, index, count);
            return StrictUtf8;
        }
        catch (DecoderFallbackException)
        {
            return _gb18030;
        }
    }
}
