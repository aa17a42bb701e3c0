using Assistant.Knowledge.Parsing;
using Assistant.Knowledge.Sources.Html;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Knowledge.Tests.Sources.Html;

public sealed class HtmlSourceReaderTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void HtmlHeadingsParagraphsListItemsAndBreaks()
    {
        var text = new HtmlSourceReader().Read(Fixture.File("notice.html"), "notice.html").Texts.Single();

        Assert.Equal("劳动保障监察条例", text.Title);
        Assert.Equal(
            [
                new TextBlock("第一章 总则", 2),
                new TextBlock("第一条 为了贯彻实施劳动和社会保障法律、法规和规章，制定本条例。", 0),
                new TextBlock("第二条 对企业和个体工商户进行劳动保障监察，适用本条例。", 0),
                new TextBlock("对职业介绍机构进行劳动保障监察，依照本条例执行。", 0),
                new TextBlock("（一）制定内部劳动保障规章制度的情况；", 0),
                new TextBlock("（二）与劳动者订立劳动合同的情况。", 0),
            ],
            text.Blocks);
    }

    [Theory]
    [InlineData("国务院关于职工工作时间的规定_政府信息公开专栏", "国务院关于职工工作时间的规定")]
    [InlineData("中华人民共和国劳动合同法 - 中国人大网", "中华人民共和国劳动合同法")]
    [InlineData("Leave FAQ | Acme Union", "Leave FAQ")]
    public void A_saved_pages_title_loses_the_sites_name(string pageTitle, string title)
    {
        var root = temp.Root("saved");
        Fixture.Write(root, "page.html", $"<html><head><title>{pageTitle}</title></head><body><p>第一条 内容。</p></body></html>");

        Assert.Equal(title, new HtmlSourceReader().Read(Path.Combine(root, "page.html"), "page.html").Texts.Single().Title);
    }

    [Theory]
    [InlineData("<div id=\"js_content\" class=\"rich_media_content\">{0}</div>")]
    [InlineData("<div class=\"pages_content\" id=\"UCAP-CONTENT\">{0}</div>")]
    [InlineData("<div class=\"TRS_Editor\">{0}</div>")]
    [InlineData("<article>{0}</article>")]
    public void A_saved_page_is_read_from_its_main_content(string container)
    {
        var root = temp.Root("saved-page");
        var content = "<p>第一条 会员结婚的，给予慰问五百元。</p><p>第二条 慰问金由分工会发放。</p>";
        Fixture.Write(root, "page.html",
            "<html><head><title>会员慰问办法_工会之家</title><script>var a = 1;</script></head><body>" +
            "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/news\">工会动态</a></div><h1>会员慰问办法</h1>" +
            string.Format(System.Globalization.CultureInfo.InvariantCulture, container, content) +
            "<div class=\"footer\"><p>主办单位：某某工会</p><p>微信扫一扫 关注该公众号</p></div></body></html>");

        var text = new HtmlSourceReader().Read(Path.Combine(root, "page.html"), "page.html").Texts.Single();

        Assert.Equal("会员慰问办法", text.Title);
        Assert.Equal(["第一条 会员结婚的，给予慰问五百元。", "第二条 慰问金由分工会发放。"], text.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void HtmlTableRowsAreOneLineEach()
    {
        var root = temp.Root("table");
        Fixture.Write(root, "benefits.html",
            "<h1>会员慰问办法</h1><p>第五条 慰问标准如下：</p><table><tr><th>项目</th><th>标准</th></tr>" +
            "<tr><td><p>结婚慰问</p></td><td> </td><td>500<br>元</td></tr></table><p>第六条 慰问金由分工会发放。</p>");

        var text = new HtmlSourceReader().Read(Path.Combine(root, "benefits.html"), "benefits.html").Texts.Single();

        Assert.Equal(["第五条 慰问标准如下：", "项目 | 标准", "结婚慰问 | 500 元", "第六条 慰问金由分工会发放。"], text.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void HtmlWithoutH1UsesTitleElement()
    {
        var root = temp.Root("html");
        Fixture.Write(root, "page.htm", "<html><head><title>Leave FAQ</title></head><body><p>Annual leave is paid.</p></body></html>");

        var text = new HtmlSourceReader().Read(Path.Combine(root, "page.htm"), "page.htm").Texts.Single();

        Assert.Equal("Leave FAQ", text.Title);
        Assert.Equal([new TextBlock("Annual leave is paid.", 0)], text.Blocks);
    }
}
