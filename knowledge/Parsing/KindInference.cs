using System.Text.RegularExpressions;
using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Parsing;

/// <summary>Infers a document's kind from declared metadata, then its folders, then its title.</summary>
internal static partial class KindInference
{
    private static readonly Dictionary<string, DocumentKind> Folders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["宪法"] = DocumentKind.Law, ["宪法相关法"] = DocumentKind.Law, ["民法典"] = DocumentKind.Law,
        ["民法商法"] = DocumentKind.Law, ["行政法"] = DocumentKind.Law, ["经济法"] = DocumentKind.Law,
        ["社会法"] = DocumentKind.Law, ["刑法"] = DocumentKind.Law, ["诉讼与非诉讼程序法"] = DocumentKind.Law,
        ["行政法规"] = DocumentKind.AdministrativeRegulation,
        ["司法解释"] = DocumentKind.JudicialInterpretation,
        ["部门规章"] = DocumentKind.DepartmentalRule,
        ["地方性法规"] = DocumentKind.LocalRegulation, ["地方法规"] = DocumentKind.LocalRegulation, ["DLC"] = DocumentKind.LocalRegulation,
        ["union"] = DocumentKind.UnionRule, ["unions"] = DocumentKind.UnionRule, ["工会"] = DocumentKind.UnionRule,
        ["policy"] = DocumentKind.CompanyPolicy, ["policies"] = DocumentKind.CompanyPolicy, ["company"] = DocumentKind.CompanyPolicy,
        ["公司制度"] = DocumentKind.CompanyPolicy,
        ["guide"] = DocumentKind.Guide, ["guides"] = DocumentKind.Guide, ["指南"] = DocumentKind.Guide, ["faq"] = DocumentKind.Guide,
        ["其他"] = DocumentKind.Other,
    };

    internal static readonly string[] Provinces =
    [
        "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
        "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾",
        "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
    ];

    [GeneratedRegex(@"^[\u4e00-\u9fff]{2,6}?市")]
    internal static partial Regex CityPrefix();

    [GeneratedRegex("工会.*(章程|办法|规定|细则|制度)")]
    private static partial Regex UnionTitle();

    // A company's own rules carry its name (…有限公司, …集团) or say 本公司 / 某公司; national rules about companies
    // (外国公司船舶运输收入征税办法) do not.
    [GeneratedRegex("(有限公司|有限责任公司|股份公司|集团|^本公司|^某公司).*(制度|办法|规定|细则|守则|手册|规则|须知)")]
    private static partial Regex CompanyTitle();

    internal static DocumentKind? FromProperty(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "law" => DocumentKind.Law,
        "administrative-regulation" or "administrativeregulation" => DocumentKind.AdministrativeRegulation,
        "judicial-interpretation" or "judicialinterpretation" => DocumentKind.JudicialInterpretation,
        "departmental-rule" or "departmentalrule" => DocumentKind.DepartmentalRule,
        "local-regulation" or "localregulation" => DocumentKind.LocalRegulation,
        "union-rule" or "unionrule" => DocumentKind.UnionRule,
        "company-policy" or "companypolicy" => DocumentKind.CompanyPolicy,
        "guide" => DocumentKind.Guide,
        "other" => DocumentKind.Other,
        _ => null,
    };

    /// <summary>The kind named by the innermost folder of the relative path (then the root) that the corpus's own
    /// layout names exactly (<c>行政法规</c>, <c>司法解释</c>, <c>union</c>, <c>policy</c>…).</summary>
    internal static DocumentKind? FromFolders(string relativePath, string? rootName) => Innermost(relativePath, rootName, ExactFolder);

    /// <summary>
    /// The kind a union's own folder name suggests (工会制度, 本会文件 → union rules; 公司规章制度 → company policies), used
    /// after a title that names a law, regulation or interpretation: national texts kept in a union's folder stay what
    /// they are.
    /// </summary>
    internal static DocumentKind? FromOwnFolders(string relativePath, string? rootName) => Innermost(relativePath, rootName, OwnFolder);

    /// <summary>True for the kinds a title alone proves: laws, regulations, judicial interpretations.</summary>
    internal static bool IsLegalSource(DocumentKind kind) => kind is DocumentKind.Law or DocumentKind.AdministrativeRegulation
        or DocumentKind.JudicialInterpretation or DocumentKind.LocalRegulation;

    private static DocumentKind? Innermost(string relativePath, string? rootName, Func<string, DocumentKind?> kindOf)
    {
        var segments = relativePath.Split('#')[0].Split('/');
        for (var i = segments.Length - 2; i >= 0; i--)
        {
            if (kindOf(segments[i]) is { } kind)
                return kind;
        }
        return rootName is not null ? kindOf(rootName) : null;
    }

    private static DocumentKind? ExactFolder(string name) => Folders.TryGetValue(name, out var kind) ? kind : null;

    private static DocumentKind? OwnFolder(string name) =>
        name.Contains("工会", StringComparison.Ordinal) ? DocumentKind.UnionRule
        : name.Contains("制度", StringComparison.Ordinal) ? DocumentKind.CompanyPolicy
        : null;

    internal static DocumentKind FromTitle(string title)
    {
        if (title.StartsWith("最高人民法院", StringComparison.Ordinal) || title.StartsWith("最高人民检察院", StringComparison.Ordinal))
            return DocumentKind.JudicialInterpretation;
        if (UnionTitle().IsMatch(title))
            return DocumentKind.UnionRule;
        if (CompanyTitle().IsMatch(title))
            return DocumentKind.CompanyPolicy;
        if (title.Contains("指南", StringComparison.Ordinal) || title.Contains("问答", StringComparison.Ordinal) || title.Contains("手册", StringComparison.Ordinal))
            return DocumentKind.Guide;
        // 办法 (measures) ends with 法 too but is a rule, not a law.
        if (title.EndsWith('法') && !title.EndsWith("办法", StringComparison.Ordinal))
            return DocumentKind.Law;
        var isRule = title.Contains("条例", StringComparison.Ordinal) || title.Contains("办法", StringComparison.Ordinal) || title.Contains("规定", StringComparison.Ordinal);
        if (isRule && (StartsWithProvince(title) || CityPrefix().IsMatch(title)))
            return DocumentKind.LocalRegulation;
        if (title.Contains("条例", StringComparison.Ordinal) || title.StartsWith("国务院", StringComparison.Ordinal))
            return DocumentKind.AdministrativeRegulation;
        if (isRule || title.Contains("细则", StringComparison.Ordinal))
            return DocumentKind.DepartmentalRule;
        return DocumentKind.Other;
    }

    internal static bool StartsWithProvince(string title) => Provinces.Any(p => title.StartsWith(p, StringComparison.Ordinal));
}
