using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Parsing;

namespace Assistant.Knowledge.Tests.Support;

/// <summary>Small hand-written documents for index and search tests (paraphrased statute wording).</summary>
public static class Laws
{
    public static LegalDocument LaborContractLaw(DocumentStatus status = DocumentStatus.Current, string id = "laws/劳动合同法.md", DateOnly? version = null) =>
        Chinese(id, "中华人民共和国劳动合同法", "劳动合同法", DocumentKind.Law, status, version ?? new DateOnly(2012, 12, 28),
            (10, "建立劳动关系，应当订立书面劳动合同。"),
            (19, "劳动合同期限三个月以上不满一年的，试用期不得超过一个月；劳动合同期限一年以上不满三年的，试用期不得超过二个月。"),
            (37, "劳动者提前三十日以书面形式通知用人单位，可以解除劳动合同。劳动者在试用期内提前三日通知用人单位，可以解除劳动合同。"),
            (46, "有下列情形之一的，用人单位应当向劳动者支付经济补偿：用人单位依照本法第四十条规定解除劳动合同的。"),
            (47, "经济补偿按劳动者在本单位工作的年限，每满一年支付一个月工资的标准向劳动者支付。六个月以上不满一年的，按一年计算；不满六个月的，向劳动者支付半个月工资的经济补偿。"),
            (82, "用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。"),
            (87, "用人单位违反本法规定解除或者终止劳动合同的，应当依照本法第四十七条规定的经济补偿标准的二倍向劳动者支付赔偿金。"));

    public static LegalDocument LaborLaw() =>
        Chinese("laws/劳动法.md", "中华人民共和国劳动法", "劳动法", DocumentKind.Law, DocumentStatus.Current, new DateOnly(2018, 12, 29),
            (44, "有下列情形之一的，用人单位应当按照下列标准支付高于劳动者正常工作时间工资的工资报酬：安排劳动者延长工作时间的，支付不低于工资的百分之一百五十的工资报酬；休息日安排劳动者工作又不能安排补休的，支付不低于工资的百分之二百的工资报酬；法定休假日安排劳动者工作的，支付不低于工资的百分之三百的工资报酬。"),
            (45, "国家实行带薪年休假制度。劳动者连续工作一年以上的，享受带薪年休假。"),
            (47, "用人单位根据本单位的生产经营特点和经济效益，依法自主确定本单位的工资分配方式和工资水平。"));

    public static LegalDocument AnnualLeaveRegulation() =>
        Chinese("laws/职工带薪年休假条例.md", "职工带薪年休假条例", "职工带薪年休假条例", DocumentKind.AdministrativeRegulation,
            DocumentStatus.Current, new DateOnly(2007, 12, 14),
            (3, "职工累计工作已满1年不满10年的，年休假5天；已满10年不满20年的，年休假10天；已满20年的，年休假15天。"));

    public static LegalDocument CriminalLaw() =>
        Chinese("laws/刑法.md", "中华人民共和国刑法", "刑法", DocumentKind.Law, DocumentStatus.Current, null,
            (133, "违反交通运输管理法规，因而发生重大事故，致人重伤、死亡或者使公私财产遭受重大损失的，处三年以下有期徒刑或者拘役。"),
            (134, "在生产、作业中违反有关安全管理的规定，因而发生重大伤亡事故或者造成其他严重后果的，处三年以下有期徒刑或者拘役。"));

    public static LegalDocument EnglishGuide() => new(
        "guides/workers-rights-guide.md", "Workers' Rights Guide", "Workers' Rights Guide", DocumentKind.Guide, null,
        Jurisdiction.Company, null, new DateOnly(2025, 1, 1), DocumentStatus.Current, DocumentLanguage.English, "guides/workers-rights-guide.md", [],
        [
            new Article("Workers' Rights Guide#Severance pay when you are dismissed", "Severance pay when you are dismissed", null, 0, [],
                ["When an employer terminates your labor contract, it usually owes severance: one month's wage for each full year of service."], ArticleUnit.HeadingSection),
            new Article("Workers' Rights Guide#Paid annual leave", "Paid annual leave", null, 0, [],
                ["Employees with more than one year of cumulative service are entitled to paid annual leave of 5, 10 or 15 days."], ArticleUnit.HeadingSection),
        ]);

    /// <summary>A rule of the given kind, title and articles, current, without a version date.</summary>
    public static LegalDocument Rule(string id, string title, DocumentKind kind, params (int Number, string Text)[] articles) =>
        Chinese(id, title, title, kind, DocumentStatus.Current, null, articles);

    public static IReadOnlyList<LegalDocument> All() =>
        [LaborContractLaw(), LaborLaw(), AnnualLeaveRegulation(), CriminalLaw(), EnglishGuide()];

    private static LegalDocument Chinese(
        string id, string title, string shortTitle, DocumentKind kind, DocumentStatus status, DateOnly? version, params (int Number, string Text)[] articles) =>
        new(id, title, shortTitle, kind, null, Jurisdiction.National, null, version, status, DocumentLanguage.Chinese, id, [],
            articles.Select(a =>
            {
                var label = "第" + ChineseNumerals.Format(a.Number) + "条";
                return new Article(shortTitle + "#" + label, label, a.Number, 0, ["第一章 总则"], [a.Text], ArticleUnit.Article);
            }).ToList());
}
