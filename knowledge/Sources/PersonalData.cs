using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Sources;

/// <summary>
/// Tells files that list people rather than rules: a union's folders also hold member rosters, lists of families helped
/// and contact sheets, and whatever is indexed can be quoted to any employee who asks. A resident identity number with a
/// valid check digit (GB 11643) is personal data wherever it stands; a table is a list of people when its columns name
/// a person (姓名) beside what identifies or reaches them (身份证号, 手机, 住址, 银行卡…).
/// </summary>
internal static partial class PersonalData
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckDigits = "10X98765432";

    /// <summary>How many valid resident identity numbers the text holds.</summary>
    public static int ResidentIds(string text) =>
        ResidentId().Matches(text).Count(match => IsResidentId(match.Value));

    /// <summary>The columns of a table header that make it a list of people, or none: a name column beside one that
    /// identifies or reaches the person.</summary>
    public static IReadOnlyList<string> PersonalColumns(IEnumerable<string> header)
    {
        var columns = header.Where(cell => cell.Length > 0).ToList();
        var identifying = columns.Where(cell => IdentifyingColumn().IsMatch(cell)).ToList();
        return identifying.Count > 0 && columns.Any(cell => NameColumn().IsMatch(cell))
            ? [.. columns.Where(cell => NameColumn().IsMatch(cell)), .. identifying]
            : [];
    }

    private static bool IsResidentId(string candidate)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
            sum += (candidate[i] - '0') * Weights[i];
        return char.ToUpperInvariant(candidate[17]) == CheckDigits[sum % 11];
    }

    [GeneratedRegex(@"(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])")]
    private static partial Regex ResidentId();

    [GeneratedRegex(@"^(姓名|名字|职工姓名|会员姓名|员工姓名|申请人|户主|家属姓名|Name)$", RegexOptions.IgnoreCase)]
    private static partial Regex NameColumn();

    [GeneratedRegex(@"身份证|证件号|手机|电话|联系方式|住址|家庭地址|银行|账号|卡号|工号|出生日期|籍贯|民族|病情|诊断|收入", RegexOptions.IgnoreCase)]
    private static partial Regex IdentifyingColumn();
}
