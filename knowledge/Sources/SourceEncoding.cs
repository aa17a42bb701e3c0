using System.Text;
using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Sources;

/// <summary>
/// Reads a text source in the encoding it was saved in. A Chinese Windows saves plain text as GBK unless told otherwise
/// (Notepad did until 2019, and many offices still do), and government sites serve GB2312 pages; read as UTF-8, such a
/// file becomes replacement characters without an error, and its articles vanish from search. So: a byte order mark
/// wins; then valid UTF-8 is UTF-8; then the charset an HTML page declares; then GB18030, the standard that contains
/// GB2312 and GBK.
/// </summary>
internal static partial class SourceEncoding
{
    private const int Gb18030CodePage = 54936;
    private const int CharsetSniffBytes = 4096;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex DeclaredCharset();

    /// <summary>The file's text.</summary>
    /// <param name="path">The file.</param>
    /// <param name="honourDeclaredCharset">Whether a <c>charset=</c> in the first bytes (an HTML meta tag) names the
    /// encoding of a file that is not UTF-8.</param>
    public static string ReadAllText(string path, bool honourDeclaredCharset = false) =>
        Decode(File.ReadAllBytes(path), honourDeclaredCharset);

    /// <summary>The file's lines, as <see cref="File.ReadLines(string)"/> splits them.</summary>
    public static IEnumerable<string> ReadLines(string path)
    {
        using var reader = new StringReader(ReadAllText(path));
        while (reader.ReadLine() is { } line)
            yield return line;
    }

    /// <summary>Bytes read as text by the same rules as a file's (a part of a saved web page).</summary>
    public static string Decode(byte[] bytes, bool honourDeclaredCharset)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var declared = honourDeclaredCharset ? Declared(bytes) : null;
            return (declared ?? Gb18030()).GetString(bytes);
        }
    }

    // GB2312 and GBK are subsets of GB18030; decoding them as GB18030 also reads the characters they lack.
    private static Encoding? Declared(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, CharsetSniffBytes));
        var match = DeclaredCharset().Match(head);
        return match.Success ? Named(match.Groups[1].Value) : null;
    }

    /// <summary>The encoding a charset name stands for, GB2312 and GBK read as GB18030; null for UTF-8 (the caller has
    /// found the bytes are not UTF-8) and for names not known.</summary>
    public static Encoding? Named(string charset)
    {
        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name is "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936")
            return Gb18030();
        // The bytes are not UTF-8 whatever the page says: a page saved in GBK that still declares utf-8 is common.
        if (name is "utf-8" or "utf8")
            return null;
        try
        {
            return System.Text.CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding Gb18030() => System.Text.CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage)!;
}
