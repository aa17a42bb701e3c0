using System.Text;
using Assistant.Knowledge.Sources;
using Assistant.Knowledge.Sources.Html;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Knowledge.Tests.Sources;

/// <summary>Files saved the way Chinese offices save them: GBK text from Notepad, GB2312 and Big5 web pages, UTF-16.</summary>
public sealed class SourceEncodingTests : IDisposable
{
    private const string Rule = "某公司考勤制度\n第一条 职工每日工作八小时。\n第二条 加班应当经职工本人同意，并依法支付加班工资。\n";
    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
    private static readonly Encoding Big5 = CodePagesEncodingProvider.Instance.GetEncoding(950)!;
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_gbk_text_file_reads_as_written()
    {
        var root = temp.Root("gbk");
        File.WriteAllBytes(Path.Combine(root, "考勤制度.txt"), Gbk.GetBytes(Rule));

        var document = new DocumentLoader().Load([root], null, CancellationToken.None).Documents.Single();

        Assert.Equal("某公司考勤制度", document.Title);
        Assert.Equal(["某公司考勤制度#第一条", "某公司考勤制度#第二条"], document.Articles.Select(a => a.Key));
        Assert.Equal("加班应当经职工本人同意，并依法支付加班工资。", document.Articles[1].Text);
    }

    [Fact]
    public void Web_pages_in_the_charset_they_declare()
    {
        var root = temp.Root("pages");
        File.WriteAllBytes(Path.Combine(root, "gb.html"), Gbk.GetBytes(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>" +
            "<body><h1>职工带薪年休假条例</h1><p>第一条 为了维护职工休息休假权利，制定本条例。</p></body></html>"));
        File.WriteAllBytes(Path.Combine(root, "big5.html"), Big5.GetBytes(
            "<html><head><meta charset=\"big5\"></head><body><h1>勞動基準法</h1><p>第一條 為規定勞動條件最低標準，特制定本法。</p></body></html>"));
        // Saved in GBK while the page says utf-8, and saved as UTF-8 while it says gb2312: the bytes decide.
        File.WriteAllBytes(Path.Combine(root, "mislabelled.html"), Gbk.GetBytes(
            "<html><head><meta charset=\"utf-8\"></head><body><h1>女职工劳动保护特别规定</h1><p>第一条 为了减少和解决女职工在劳动中因生理特点造成的特殊困难。</p></body></html>"));
        File.WriteAllText(Path.Combine(root, "resaved.html"),
            "<html><head><meta charset=\"gb2312\"></head><body><h1>工伤保险条例</h1><p>第一条 为了保障因工作遭受事故伤害的职工获得医疗救治。</p></body></html>",
            new UTF8Encoding(false));

        var read = new[] { "gb.html", "big5.html", "mislabelled.html", "resaved.html" }
            .Select(name => new HtmlSourceReader().Read(Path.Combine(root, name), name).Texts.Single())
            .Select(text => (text.Title, text.Blocks[0].Text))
            .ToList();

        Assert.Equal(
            [
                ("职工带薪年休假条例", "第一条 为了维护职工休息休假权利，制定本条例。"),
                ("勞動基準法", "第一條 為規定勞動條件最低標準，特制定本法。"),
                ("女职工劳动保护特别规定", "第一条 为了减少和解决女职工在劳动中因生理特点造成的特殊困难。"),
                ("工伤保险条例", "第一条 为了保障因工作遭受事故伤害的职工获得医疗救治。"),
            ],
            read);
    }

    [Fact]
    public void A_byte_order_mark_decides_utf16_and_utf8()
    {
        var root = temp.Root("bom");
        File.WriteAllText(Path.Combine(root, "utf16.txt"), Rule, new UnicodeEncoding(bigEndian: false, byteOrderMark: true));
        File.WriteAllText(Path.Combine(root, "utf8.txt"), Rule, new UTF8Encoding(true));

        var titles = new DocumentLoader().Load([root], null, CancellationToken.None).Documents.Select(d => (d.Title, d.Articles.Count));

        Assert.Equal([("某公司考勤制度", 2), ("某公司考勤制度", 2)], titles);
    }
}
