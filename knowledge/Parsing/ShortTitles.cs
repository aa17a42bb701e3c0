using System.Text;
using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Parsing;

/// <summary>Derives the short title that prefixes article keys; the rule must match the evaluation's key titles exactly.</summary>
public static partial class ShortTitles
{
    private const string Prc = "中华人民共和国";

    [GeneratedRegex(@"^最高人民法院\s+(?=最高人民检察院)")]
    private static partial Regex JointIssuers();

    /// <summary>
    /// Joins <c>最高人民法院 最高人民检察院</c> with <c>、</c>, removes all whitespace, then removes one leading <c>中华人民共和国</c>.
    /// </summary>
    /// <param name="title">The full title as written.</param>
    /// <returns>The short title (<c>劳动合同法</c>).</returns>
    public static string From(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var joined = JointIssuers().Replace(title.Trim(), "最高人民法院、");
        var builder = new StringBuilder(joined.Length);
        foreach (var c in joined)
        {
            if (!char.IsWhiteSpace(c))
                builder.Append(c);
        }
        var compact = builder.ToString();
        return compact.StartsWith(Prc, StringComparison.Ordinal) && compact.Length > Prc.Length ? compact[Prc.Length..] : compact;
    }
}
