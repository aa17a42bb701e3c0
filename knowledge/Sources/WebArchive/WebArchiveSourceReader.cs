using System.Text;
using System.Text.RegularExpressions;
using Assistant.Knowledge.Sources.Html;

namespace Assistant.Knowledge.Sources.WebArchive;

/// <summary>
/// Reads web pages saved as one file (.mht from Internet Explorer and Word, .mhtml from Chrome and Edge; RFC 2557): a
/// MIME message whose first HTML part is the page, in quoted-printable or base64, in the charset its part states (GB2312
/// on government sites). The page is then read as the HTML reader reads a page; its pictures and styles are ignored.
/// </summary>
public sealed partial class WebArchiveSourceReader : ISourceReader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".mht", ".mhtml"];

    /// <inheritdoc />
    public SourceReadResult Read(string path, string relativePath, CancellationToken cancellationToken = default)
    {
        // Headers and boundaries are ASCII; Latin-1 keeps every byte of the bodies as one character to take back.
        var message = Encoding.Latin1.GetString(File.ReadAllBytes(path));
        var (headers, body) = Split(message);
        (string Headers, string Body)? page = Header(headers, "Content-Type") is { } type && Boundary().Match(type) is { Success: true } boundary
            ? Parts(body, boundary.Groups[1].Value).Cast<(string Headers, string Body)?>().FirstOrDefault(part => IsHtml(part!.Value.Headers))
            : IsHtml(headers) ? (headers, body) : null;
        if (page is null)
            throw new InvalidDataException("not a saved web page: no HTML part in it (save the page again as a single file, or as .html)");
        var bytes = Decoded(page.Value.Body, Header(page.Value.Headers, "Content-Transfer-Encoding"));
        var charset = Header(page.Value.Headers, "Content-Type") is { } pageType && Charset().Match(pageType) is { Success: true } named
            ? SourceEncoding.Named(named.Groups[1].Value)
            : null;
        var html = charset is not null ? charset.GetString(bytes) : SourceEncoding.Decode(bytes, honourDeclaredCharset: true);
        return SourceReadResult.Of(HtmlSourceReader.FromHtml(html, path, relativePath));
    }

    private static bool IsHtml(string headers) =>
        Header(headers, "Content-Type")?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;

    // The headers and the body of a message or part, split at the first empty line.
    private static (string Headers, string Body) Split(string part)
    {
        var match = BlankLine().Match(part);
        return match.Success ? (part[..match.Index], part[(match.Index + match.Length)..]) : (part, string.Empty);
    }

    private static IEnumerable<(string Headers, string Body)> Parts(string body, string boundary)
    {
        var delimiter = "--" + boundary;
        foreach (var chunk in body.Split(delimiter).Skip(1))
        {
            if (chunk.StartsWith("--", StringComparison.Ordinal))
                yield break;
            yield return Split(chunk.TrimStart('\r', '\n'));
        }
    }

    // A header's value, its folded continuation lines joined.
    private static string? Header(string headers, string name)
    {
        var unfolded = Folding().Replace(headers, " ");
        foreach (var line in unfolded.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
                return line[(colon + 1)..].Trim();
        }
        return null;
    }

    private static byte[] Decoded(string body, string? transferEncoding)
    {
        switch (transferEncoding?.Trim().ToLowerInvariant())
        {
            case "base64":
                try
                {
                    return Convert.FromBase64String(Whitespace().Replace(body, string.Empty));
                }
                catch (FormatException)
                {
                    throw new InvalidDataException("the saved page's base64 text is damaged: save the page again");
                }
            case "quoted-printable":
                return QuotedPrintable(body);
            default:
                return Encoding.Latin1.GetBytes(body);
        }
    }

    // =XX is a byte, = at a line's end joins it to the next (RFC 2045 §6.7).
    private static byte[] QuotedPrintable(string body)
    {
        var bytes = new List<byte>(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c != '=')
            {
                bytes.Add((byte)c);
                continue;
            }
            if (i + 1 < body.Length && body[i + 1] is '\r' or '\n')
            {
                i += body[i + 1] == '\r' && i + 2 < body.Length && body[i + 2] == '\n' ? 2 : 1;
                continue;
            }
            if (i + 2 < body.Length && Uri.IsHexDigit(body[i + 1]) && Uri.IsHexDigit(body[i + 2]))
            {
                bytes.Add(Convert.ToByte(body.Substring(i + 1, 2), 16));
                i += 2;
                continue;
            }
            bytes.Add((byte)c);
        }
        return [.. bytes];
    }

    [GeneratedRegex(@"boundary\s*=\s*""?([^"";\r\n]+)""?", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"charset\s*=\s*""?([A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();

    [GeneratedRegex(@"\r?\n\r?\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"\r?\n[ \t]+")]
    private static partial Regex Folding();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
