using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Sources;

/// <summary>
/// The head of an official document (GB/T 9704): the issuer's mark (江河能源集团工会文件) and the document number
/// (江工发〔2024〕3号) stand above the title. They are not the title, and the mark says whose document it is.
/// </summary>
internal static partial class Letterhead
{
    [GeneratedRegex(@"^\S{2,30}文件$|^[^，。]{0,20}[〔\[［(（]\d{4}[〕\]］)）]\s*\d+\s*号$")]
    private static partial Regex Pattern();

    /// <summary>True for an issuer's mark or a document number.</summary>
    public static bool IsLine(string line) => Pattern().IsMatch(line.Trim());

    /// <summary>The declared kind the marks name (<c>…工会文件</c> a union rule, <c>…公司文件</c> a company policy), or
    /// none; as the <c>kind</c> property a reader sets.</summary>
    public static IReadOnlyDictionary<string, string> Properties(IEnumerable<string> lines)
    {
        var marks = lines.Select(line => line.Trim()).Where(line => line.EndsWith("文件", StringComparison.Ordinal)).ToList();
        var kind = marks.Any(line => line.Contains("工会", StringComparison.Ordinal)) ? "union-rule"
            : marks.Any(line => line.Contains("公司", StringComparison.Ordinal) || line.Contains("集团", StringComparison.Ordinal)) ? "company-policy"
            : null;
        return kind is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["kind"] = kind };
    }
}
