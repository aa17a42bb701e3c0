using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Sources;

namespace Assistant.Knowledge.Tests.Bundled;

/// <summary>The laws shipped in knowledge/laws load whole, in the version they are, with their dates.</summary>
public sealed class BundledLawsTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "laws");

    // Articles per statute, counted in the official texts (SOURCES.md); the notice on working time has numbered parts.
    private static readonly Dictionary<string, int> Expected = new(StringComparer.Ordinal)
    {
        ["劳动法"] = 107, ["劳动合同法"] = 98, ["劳动合同法实施条例"] = 38, ["工会法"] = 58,
        ["最高人民法院关于在民事审判工作中适用《中华人民共和国工会法》若干问题的解释"] = 8, ["劳动争议调解仲裁法"] = 54,
        ["最高人民法院关于审理劳动争议案件适用法律问题的解释（一）"] = 54, ["劳动保障监察条例"] = 36, ["国务院关于职工工作时间的规定"] = 9,
        ["职工带薪年休假条例"] = 10, ["企业职工带薪年休假实施办法"] = 19, ["关于职工全年月平均工作时间和工资折算问题的通知"] = 4,
        ["工资支付暂行规定"] = 20, ["关于工资总额组成的规定"] = 16, ["保障农民工工资支付条例"] = 64,
        ["最高人民法院关于审理拒不支付劳动报酬刑事案件适用法律若干问题的解释"] = 9, ["社会保险法"] = 98, ["社会保险费征缴暂行条例"] = 31,
        ["工伤保险条例"] = 67, ["最高人民法院关于审理工伤保险行政案件若干问题的规定"] = 9, ["住房公积金管理条例"] = 47,
        ["女职工劳动保护特别规定"] = 16, ["妇女权益保障法"] = 86, ["禁止使用童工规定"] = 14, ["残疾人就业条例"] = 30,
        ["就业促进法"] = 69, ["安全生产法"] = 119, ["职业病防治法"] = 88, ["使用有毒物品作业场所劳动保护条例"] = 71,
        ["全国年节及纪念日放假办法"] = 8,
    };

    private static readonly LoadResult Loaded = new DocumentLoader().Load([Folder], null, CancellationToken.None);

    [Fact]
    public void Every_bundled_law_loads_with_as_many_articles_as_the_statute_has()
    {
        Assert.Empty(Loaded.Failures);
        Assert.Equal(Expected.OrderBy(e => e.Key, StringComparer.Ordinal), Loaded.Documents
            .Select(d => new KeyValuePair<string, int>(d.ShortTitle, d.Articles.Count))
            .OrderBy(e => e.Key, StringComparer.Ordinal));
        // Each article number once per statute: none lost to a wrapped line or merged into its neighbour.
        Assert.All(Loaded.Documents, d => Assert.Equal(d.Articles.Count, d.Articles.Select(a => a.Key).Distinct(StringComparer.Ordinal).Count()));
    }

    [Fact]
    public void Every_bundled_law_is_current_with_its_kind_dates_and_english_name()
    {
        Assert.All(Loaded.Documents, d =>
        {
            Assert.Equal(DocumentStatus.Current, d.Status);
            Assert.NotEqual(DocumentKind.Other, d.Kind);
            Assert.NotNull(d.VersionDate);
            Assert.NotNull(d.EffectiveDate);
            Assert.False(string.IsNullOrWhiteSpace(d.EnglishTitle));
        });
    }

    [Theory]
    [InlineData("劳动合同法", 2012, AmendmentKind.Amended, "2013-07-01")]
    [InlineData("工伤保险条例", 2010, AmendmentKind.Revised, "2011-01-01")]
    [InlineData("全国年节及纪念日放假办法", 2024, AmendmentKind.Revised, "2025-01-01")]
    [InlineData("妇女权益保障法", 2022, AmendmentKind.Revised, "2023-01-01")]
    public void An_amended_law_says_which_amendment_it_is_and_when_it_took_effect(string shortTitle, int year, AmendmentKind kind, string effective)
    {
        var law = Assert.Single(Loaded.Documents, d => d.ShortTitle == shortTitle);

        Assert.Equal(new DocumentVersion(year, kind), law.Version);
        Assert.Equal(DateOnly.Parse(effective, System.Globalization.CultureInfo.InvariantCulture), law.EffectiveDate);
    }

    [Fact]
    public void A_law_never_amended_carries_no_amendment()
    {
        var implementing = Assert.Single(Loaded.Documents, d => d.ShortTitle == "劳动合同法实施条例");

        Assert.Null(implementing.Version);
        Assert.Equal(new DateOnly(2008, 9, 18), implementing.EffectiveDate);
    }
}
