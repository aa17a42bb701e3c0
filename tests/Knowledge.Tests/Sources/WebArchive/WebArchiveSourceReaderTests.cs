using System.Text;
using Assistant.Knowledge.Sources;
using Assistant.Knowledge.Sources.WebArchive;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Knowledge.Tests.Sources.WebArchive;

/// <summary>Web pages saved as one file: a government site's rule saved by Internet Explorer (.mht) or Chrome (.mhtml).</summary>
public sealed class WebArchiveSourceReaderTests : IDisposable
{
    private const string Page = "<html><head><meta charset=\"{0}\"><title>劳动保障监察条例_政策文件</title></head><body>"
        + "<div class=\"nav\">首页 &gt; 政策</div><div id=\"UCAP-CONTENT\"><h1>劳动保障监察条例</h1>"
        + "<p>第一条 为了贯彻实施劳动和社会保障法律、法规和规章，规范劳动保障监察工作，维护劳动者的合法权益，根据劳动法和有关法律，制定本条例。</p>"
        + "<p>第二条 对企业和个体工商户进行劳动保障监察，适用本条例。</p></div><div class=\"footer\">主办单位：某某</div></body></html>";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_page_saved_by_internet_explorer_in_gb2312_quoted_printable_reads_as_the_page()
    {
        // Internet Explorer: multipart/related, the page in GB2312 as quoted-printable with soft line breaks every 76
        // characters, a picture in base64 after it.
        var page = QuotedPrintable(CodePages(936).GetBytes(string.Format(Page, "gb2312")));
        var message = "From: <Saved by Windows Internet Explorer 11>\r\nSubject: =?gb2312?B?xOO6ww==?=\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----=_NextPart_000_0000_01DA0000.00000000\"\r\n\r\n"
            + "This is a multi-part message in MIME format.\r\n\r\n"
            + "------=_NextPart_000_0000_01DA0000.00000000\r\nContent-Type: text/html;\r\n\tcharset=\"gb2312\"\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            + "Content-Location: http://www.gov.example/zcwj/1.htm\r\n\r\n" + page + "\r\n\r\n"
            + "------=_NextPart_000_0000_01DA0000.00000000\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n\r\n"
            + "------=_NextPart_000_0000_01DA0000.00000000--\r\n";
        var path = Path.Combine(temp.Root("ie"), "条例.mht");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(message));

        var text = new WebArchiveSourceReader().Read(path, "条例.mht").Texts.Single();

        Assert.Equal("劳动保障监察条例", text.Title);
        Assert.Equal(
            [
                "第一条 为了贯彻实施劳动和社会保障法律、法规和规章，规范劳动保障监察工作，维护劳动者的合法权益，根据劳动法和有关法律，制定本条例。",
                "第二条 对企业和个体工商户进行劳动保障监察，适用本条例。",
            ],
            text.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_page_saved_by_chrome_in_utf_8_reads_as_the_page_and_a_message_without_one_is_reported()
    {
        var root = temp.Root("chrome");
        var page = QuotedPrintable(Encoding.UTF8.GetBytes(string.Format(Page, "utf-8")));
        var message = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.gov.example/zcwj/1.htm\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc123----\"\r\n\r\n\r\n"
            + "------MultipartBoundary--abc123----\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
            + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + page + "\r\n"
            + "------MultipartBoundary--abc123------\r\n";
        File.WriteAllBytes(Path.Combine(root, "条例.mhtml"), Encoding.Latin1.GetBytes(message));
        File.WriteAllText(Path.Combine(root, "picture.mht"), "MIME-Version: 1.0\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n");

        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        var document = Assert.Single(result.Documents);
        Assert.Equal(["劳动保障监察条例#第一条", "劳动保障监察条例#第二条"], document.Articles.Select(a => a.Key));
        Assert.Equal("not a saved web page: no HTML part in it (save the page again as a single file, or as .html)", Assert.Single(result.Failures).Reason);
    }

    private static Encoding CodePages(int codePage) => CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;

    // Quoted-printable as mail programs write it: bytes above 127, = and control bytes as =XX, lines cut at 76
    // characters with a soft break.
    private static string QuotedPrintable(byte[] bytes)
    {
        var text = new StringBuilder();
        var line = 0;
        foreach (var b in bytes)
        {
            var piece = b is >= 33 and <= 126 && b != (byte)'=' || b == (byte)' ' ? ((char)b).ToString() : $"={b:X2}";
            if (line + piece.Length > 75)
            {
                text.Append("=\r\n");
                line = 0;
            }
            text.Append(piece);
            line += piece.Length;
        }
        return text.ToString();
    }
}
