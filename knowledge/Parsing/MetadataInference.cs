using System.Text.RegularExpressions;
using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Parsing;

/// <summary>Status, language, jurisdiction and issuer: declared metadata first, then what the text itself shows.</summary>
internal static partial class MetadataInference
{
    // Titles of other instruments quoted in history lines (《国务院关于废止和修改部分行政法规的决定》) say nothing about this one.
    [GeneratedRegex(@"《[^》]*》|<[^>]*>|〈[^〉]*〉")]
    private static partial Regex QuotedTitles();

    internal static DocumentStatus Status(string? declared, string title, IReadOnlyList<string> history)
    {
        switch (declared?.Trim().ToLowerInvariant())
        {
            case "current":
                return DocumentStatus.Current;
            case "amended" or "superseded":
                return DocumentStatus.Amended;
            case "repealed":
                return DocumentStatus.Repealed;
        }
        return history.Prepend(title).Any(MentionsRepeal) ? DocumentStatus.Repealed : DocumentStatus.Current;
    }

    /// <summary>The latest amendment the history lines record (<c>…《关于修改〈…〉的决定》第二次修正</c>), when any: the
    /// word outside quoted titles says whether it was amended (修正) or revised (修订), the line's date gives the year.</summary>
    internal static DocumentVersion? Version(IReadOnlyList<string> history)
    {
        DocumentVersion? latest = null;
        DateOnly latestDate = default;
        foreach (var line in history)
        {
            var own = QuotedTitles().Replace(line, "");
            AmendmentKind? kind = own.Contains("修订", StringComparison.Ordinal) ? AmendmentKind.Revised
                : own.Contains("修正", StringComparison.Ordinal) ? AmendmentKind.Amended
                : null;
            if (kind is { } found && DateInference.FirstDate(line) is { } date && (latest is null || date > latestDate))
            {
                latest = new DocumentVersion(date.Year, found);
                latestDate = date;
            }
        }
        return latest;
    }

    private static bool MentionsRepeal(string line)
    {
        var own = QuotedTitles().Replace(line, "");
        return own.Contains("废止", StringComparison.Ordinal) || own.Contains("失效", StringComparison.Ordinal);
    }

    internal static DocumentLanguage Language(string? declared, string title, IEnumerable<string> text)
    {
        switch (declared?.Trim().ToLowerInvariant())
        {
            case "zh" or "zh-cn" or "zh-hans" or "chinese":
                return DocumentLanguage.Chinese;
            case "en" or "english":
                return DocumentLanguage.English;
        }
        int cjk = 0, latin = 0;
        foreach (var line in text.Take(200).Prepend(title))
        {
            foreach (var c in line)
            {
                if (c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf')
                    cjk++;
                else if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
                    latin++;
            }
        }
        return cjk > latin ? DocumentLanguage.Chinese : DocumentLanguage.English;
    }

    internal static Jurisdiction Jurisdiction(string? declared, DocumentKind kind, string title)
    {
        switch (declared?.Trim().ToLowerInvariant())
        {
            case "national":
                return Documents.Jurisdiction.National;
            case "province" or "provincial":
                return Documents.Jurisdiction.Province;
            case "city":
                return Documents.Jurisdiction.City;
            case "company":
                return Documents.Jurisdiction.Company;
        }
        return kind switch
        {
            // Municipalities directly under the central government (北京市, 上海市, …) are province-level.
            DocumentKind.LocalRegulation => KindInference.CityPrefix().IsMatch(title) && !KindInference.StartsWithProvince(title)
                ? Documents.Jurisdiction.City
                : Documents.Jurisdiction.Province,
            DocumentKind.UnionRule or DocumentKind.CompanyPolicy => Documents.Jurisdiction.Company,
            _ => Documents.Jurisdiction.National,
        };
    }

    internal static string? Issuer(string? declared, DocumentKind kind, string title)
    {
        if (!string.IsNullOrWhiteSpace(declared))
            return declared.Trim();
        if (kind != DocumentKind.JudicialInterpretation)
            return null;
        var court = title.StartsWith("最高人民法院", StringComparison.Ordinal);
        var procuratorate = title.Contains("最高人民检察院", StringComparison.Ordinal)
            && (!court || Regex.IsMatch(title, @"^最高人民法院[\s、]*最高人民检察院"));
        return (court, procuratorate) switch
        {
            (true, true) => "最高人民法院、最高人民检察院",
            (true, false) => "最高人民法院",
            (false, true) => "最高人民检察院",
            _ => null,
        };
    }
}
