using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Parsing;
using Assistant.Knowledge.Sources.Markdown;
using Assistant.Knowledge.Tests.Sources;

namespace Assistant.Knowledge.Tests.Parsing;

public sealed class DocumentBuilderTests
{
    private readonly DocumentBuilder builder = new();

    [Fact]
    public void StatuteMetadataFromFolderFileNameAndHistory()
    {
        var source = new MarkdownSourceReader().Read(Fixture.File("statute.md"), "社会法/测试法(2012-12-28).md").Texts.Single();
        var document = builder.Build(source, "laws/社会法/测试法(2012-12-28).md");

        Assert.Equal("中华人民共和国测试法", document.Title);
        Assert.Equal("测试法", document.ShortTitle);
        Assert.Equal(DocumentKind.Law, document.Kind);
        Assert.Equal(Jurisdiction.National, document.Jurisdiction);
        Assert.Equal(new DateOnly(2012, 12, 28), document.VersionDate);
        Assert.Equal(new DateOnly(2013, 7, 1), document.EffectiveDate);
        Assert.Equal(DocumentStatus.Current, document.Status);
        Assert.Equal(DocumentLanguage.Chinese, document.Language);
        Assert.Null(document.Issuer);
        Assert.Equal(3, document.History.Count);
        Assert.Equal(8, document.Articles.Count);
    }

    [Fact]
    public void VersionDateFallsBackToLatestHistoryDate()
    {
        var source = new MarkdownSourceReader().Read(Fixture.File("statute.md"), "测试法.md").Texts.Single();
        Assert.Equal(new DateOnly(2013, 7, 1), builder.Build(source, "x").VersionDate);
    }

    [Fact]
    public void FullWidthParenthesesInFileNameGiveTheVersionDate()
    {
        var source = Source("标题", "x/条例（2019-03-24）.md", []);
        Assert.Equal(new DateOnly(2019, 3, 24), builder.Build(source, "x").VersionDate);
    }

    [Fact]
    public void DeclaredPropertiesWin()
    {
        var source = new MarkdownSourceReader().Read(Fixture.File("union-rule.md"), "其他/union-rule.md").Texts.Single();
        var document = builder.Build(source, "x");

        Assert.Equal(DocumentKind.UnionRule, document.Kind);
        Assert.Equal(Jurisdiction.Company, document.Jurisdiction);
        Assert.Equal("某某公司工会委员会", document.Issuer);
        Assert.Equal(new DateOnly(2024, 3, 1), document.EffectiveDate);
        Assert.Equal(new DateOnly(2024, 1, 15), document.VersionDate);
        Assert.Equal("某某公司工会经费管理办法#第二条", document.Articles[1].Key);
    }

    [Theory]
    [InlineData("中华人民共和国劳动法", DocumentKind.Law, Jurisdiction.National)]
    [InlineData("最高人民法院关于审理劳动争议案件适用法律问题的解释（一）", DocumentKind.JudicialInterpretation, Jurisdiction.National)]
    [InlineData("广东省工资支付条例", DocumentKind.LocalRegulation, Jurisdiction.Province)]
    [InlineData("北京市工资支付规定", DocumentKind.LocalRegulation, Jurisdiction.Province)]
    [InlineData("深圳市员工工资支付条例", DocumentKind.LocalRegulation, Jurisdiction.City)]
    [InlineData("工伤保险条例", DocumentKind.AdministrativeRegulation, Jurisdiction.National)]
    [InlineData("企业职工带薪年休假实施办法", DocumentKind.DepartmentalRule, Jurisdiction.National)]
    [InlineData("某公司工会会员管理办法", DocumentKind.UnionRule, Jurisdiction.Company)]
    [InlineData("农民工维权指南", DocumentKind.Guide, Jurisdiction.National)]
    [InlineData("江河能源集团有限公司员工考勤管理制度", DocumentKind.CompanyPolicy, Jurisdiction.Company)]
    [InlineData("某公司员工手册", DocumentKind.CompanyPolicy, Jurisdiction.Company)]
    [InlineData("外国公司船舶运输收入征税办法", DocumentKind.DepartmentalRule, Jurisdiction.National)]
    [InlineData("江河能源集团有限公司工会关于印发《职工困难帮扶办法》的通知", DocumentKind.UnionRule, Jurisdiction.Company)]
    [InlineData("关于职工全年月平均工作时间和工资折算问题的通知", DocumentKind.Other, Jurisdiction.National)]
    public void KindAndJurisdictionFromTitle(string title, DocumentKind kind, Jurisdiction jurisdiction)
    {
        var document = builder.Build(Source(title, "x.md", []), "x");
        Assert.Equal(kind, document.Kind);
        Assert.Equal(jurisdiction, document.Jurisdiction);
    }

    [Fact]
    public void A_notice_that_issues_a_rule_is_titled_by_the_rule_and_keeps_its_issuer()
    {
        var document = builder.Build(Source("江河能源集团有限公司工会关于印发《职工困难帮扶办法》的通知", "x.md", []), "x");

        Assert.Equal(("职工困难帮扶办法", "职工困难帮扶办法"), (document.Title, document.ShortTitle));
        Assert.Equal(DocumentKind.UnionRule, document.Kind);
    }

    [Theory]
    [InlineData("行政法规/x.md", DocumentKind.AdministrativeRegulation)]
    [InlineData("司法解释/x.md", DocumentKind.JudicialInterpretation)]
    [InlineData("部门规章/人力资源社会保障部/x.md", DocumentKind.DepartmentalRule)]
    [InlineData("DLC/广东/x.md", DocumentKind.LocalRegulation)]
    [InlineData("union/x.md", DocumentKind.UnionRule)]
    [InlineData("policy/x.md", DocumentKind.CompanyPolicy)]
    [InlineData("guides/x.md", DocumentKind.Guide)]
    [InlineData("其他/x.md", DocumentKind.Other)]
    public void KindFromFolder(string relativePath, DocumentKind kind)
    {
        Assert.Equal(kind, builder.Build(Source("某某法", relativePath, []), "x").Kind);
    }

    [Theory]
    [InlineData("工会资料/法律法规/x.md", "中华人民共和国劳动合同法", DocumentKind.Law)]
    [InlineData("工会资料/法律法规/x.md", "工伤保险条例", DocumentKind.AdministrativeRegulation)]
    [InlineData("工会资料/x.md", "职工困难帮扶办法", DocumentKind.UnionRule)]
    [InlineData("本会文件/工会制度/x.md", "会员慰问标准", DocumentKind.UnionRule)]
    [InlineData("公司规章制度/x.md", "员工考勤管理办法", DocumentKind.CompanyPolicy)]
    public void A_unions_folder_names_its_own_rules_not_the_laws_kept_in_it(string relativePath, string title, DocumentKind kind)
    {
        Assert.Equal(kind, builder.Build(Source(title, relativePath, []), "x").Kind);
    }

    [Fact]
    public void JointInterpretationIssuer()
    {
        var document = builder.Build(Source("最高人民法院 最高人民检察院关于办理某案件的解释", "x.md", []), "x");
        Assert.Equal(DocumentKind.JudicialInterpretation, document.Kind);
        Assert.Equal("最高人民法院、最高人民检察院", document.Issuer);
    }

    [Fact]
    public void RepealMentionedInHistoryButNotInQuotedDecisionTitles()
    {
        var amendedByRepealDecision = Source("某条例", "x.md", ["2011年1月8日 《国务院关于废止和修改部分行政法规的决定》第一次修订"]);
        var repealed = Source("某条例", "x.md", ["2001年1月1日 发布", "2015年3月1日 废止"]);

        Assert.Equal(DocumentStatus.Current, builder.Build(amendedByRepealDecision, "x").Status);
        Assert.Equal(DocumentStatus.Repealed, builder.Build(repealed, "x").Status);
        Assert.Equal(DocumentStatus.Amended, builder.Build(Source("某条例", "x.md", [], ("status", "superseded")), "x").Status);
    }

    [Fact]
    public void LanguageIsDetectedOrDeclared()
    {
        var english = new SourceText("a.txt", "a.txt", "Wage Rules", [], new Dictionary<string, string>(), [new TextBlock("Article 1 Wages are paid monthly.", 0)]);
        Assert.Equal(DocumentLanguage.English, builder.Build(english, "x").Language);
        Assert.Equal(DocumentLanguage.English, builder.Build(Source("中文标题", "x.md", [], ("language", "en")), "x").Language);
    }

    private static SourceText Source(string title, string relativePath, IReadOnlyList<string> history, params (string Key, string Value)[] properties) =>
        new(relativePath, relativePath, title, history, properties.ToDictionary(p => p.Key, p => p.Value), [new TextBlock("第一条 内容。", 0)]);
}
