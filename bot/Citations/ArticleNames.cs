using System.Globalization;
using Assistant.Bot.Resources;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Parsing;
using Assistant.Knowledge.Search;

namespace Assistant.Bot.Citations;

/// <summary>
/// Names an article as the law names itself, in the answer's language: <c>《劳动合同法》（2012年修正）第四十六条</c>,
/// <c>Labor Contract Law (2012 amendment), Article 46</c>; and says when its version took effect. Keys never show.
/// </summary>
public sealed class ArticleNames(BotText text)
{
    /// <summary>The article's name in <paramref name="language"/>.</summary>
    public string Name(SearchHit hit, string language)
    {
        var version = hit.Version is { } amendment
            ? text.Format(amendment.Kind == AmendmentKind.Revised ? "VersionRevised" : "VersionAmended", language, amendment.Year)
            : string.Empty;
        if (hit.Language == DocumentLanguage.English)
            return text.Format("ArticleName.en", language, hit.DocumentTitle, version, hit.Label);
        // A Chinese law in an English answer goes by its English name where it has one; its text stays the official Chinese.
        if (language == BotLanguages.English && hit.EnglishTitle is { } english && hit.ArticleNumber is { } number)
            return text.Format("ArticleName.en", language, english, version, EnglishLabel(number, hit.Label));
        var title = hit.Kind == DocumentKind.Guide ? hit.DocumentTitle : hit.ShortTitle;
        return text.Format(hit.ArticleNumber is null ? "SectionName.zh" : "ArticleName.zh", language, title, version, hit.Label);
    }

    /// <summary>When the article's version took effect (<c>本版本自2013年7月1日起施行</c>), or null when unknown.</summary>
    public string? InForce(SearchHit hit, string language) =>
        hit.EffectiveDate is { } date && hit.Kind is not DocumentKind.Guide
            ? text.Format("InForceSince", language, date.ToDateTime(TimeOnly.MinValue))
            : null;

    /// <summary>Whether the article is law a worker can rely on (not the union's guide or its own rules).</summary>
    public static bool IsStatute(SearchHit hit) => hit.Kind is DocumentKind.Law or DocumentKind.AdministrativeRegulation
        or DocumentKind.JudicialInterpretation or DocumentKind.DepartmentalRule or DocumentKind.LocalRegulation;

    // 第十三条之一 is Article 13-1, as the official translations number inserted articles.
    private static string EnglishLabel(int number, string label)
    {
        var sub = label.IndexOf('之', StringComparison.Ordinal) is var at and >= 0
            ? ChineseNumerals.Parse(label.AsSpan(at + 1, label.Length - at - 2))
            : null;
        return sub is { } value
            ? string.Create(CultureInfo.InvariantCulture, $"Article {number}-{value}")
            : string.Create(CultureInfo.InvariantCulture, $"Article {number}");
    }
}
