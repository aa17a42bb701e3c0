using System.Xml.Linq;
using static Assistant.Knowledge.Sources.Odf.OdfNames;

namespace Assistant.Knowledge.Sources.Odf;

/// <summary>
/// The styles of an OpenDocument text that decide how it reads: which paragraph styles are headings (an outline level)
/// or the title, which are centred, and the list styles with each level's number format, prefix and suffix
/// (第…条, （…）). Styles come from styles.xml and from the automatic styles of content.xml (or both parts of a flat .fodt).
/// </summary>
internal sealed class OdfStyles
{
    private readonly Dictionary<string, XElement> _paragraphs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OdfListLevel?[]> _lists = new(StringComparer.Ordinal);

    public OdfStyles(IEnumerable<XElement> roots)
    {
        foreach (var root in roots)
        {
            foreach (var style in root.Descendants(Style + "style").Where(s => (string?)s.Attribute(Style + "family") == "paragraph"))
            {
                if ((string?)style.Attribute(Style + "name") is { } name)
                    _paragraphs[name] = style;
            }
            foreach (var list in root.Descendants(Text + "list-style"))
            {
                if ((string?)list.Attribute(Style + "name") is { } name)
                    _lists[name] = Levels(list);
            }
            if (root.Descendants(Text + "outline-style").FirstOrDefault() is { } outline)
                Outline = Levels(outline);
        }
    }

    /// <summary>The levels of the outline numbering of headings (empty formats when headings are not numbered).</summary>
    public OdfListLevel?[] Outline { get; } = new OdfListLevel?[OdfListLevel.Levels];

    /// <summary>The levels of a list style, or null when there is no such style.</summary>
    public OdfListLevel?[]? List(string? name) => name is not null && _lists.TryGetValue(name, out var levels) ? levels : null;

    /// <summary>The outline level a paragraph style gives (a heading style), through its parents.</summary>
    public int? OutlineLevel(string? styleName) =>
        Inherited<int>(styleName, style => int.TryParse((string?)style.Attribute(Style + "default-outline-level"), out var level) && level > 0 ? level : null);

    /// <summary>Whether the style is the Title style or based on it.</summary>
    public bool IsTitle(string? styleName) =>
        Inherited(styleName, style => (string?)style.Attribute(Style + "name") is "Title" || (string?)style.Attribute(Style + "display-name") is "Title" ? true : (bool?)null) == true;

    /// <summary>Whether the style centres its paragraphs.</summary>
    public bool IsCentred(string? styleName) =>
        Inherited(styleName, style => style.Element(Style + "paragraph-properties")?.Attribute(Fo + "text-align")?.Value switch
        {
            "center" => true,
            null => (bool?)null,
            _ => false,
        }) == true;

    // Follows style:parent-style-name until a style says; a cycle in a damaged file ends the walk.
    private T? Inherited<T>(string? styleName, Func<XElement, T?> read)
        where T : struct
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (styleName is not null && seen.Add(styleName) && _paragraphs.TryGetValue(styleName, out var style))
        {
            if (read(style) is { } value)
                return value;
            styleName = (string?)style.Attribute(Style + "parent-style-name");
        }
        return null;
    }

    private static OdfListLevel?[] Levels(XElement listStyle)
    {
        var levels = new OdfListLevel?[OdfListLevel.Levels];
        foreach (var level in listStyle.Elements())
        {
            if (!int.TryParse((string?)level.Attribute(Text + "level"), out var index) || index is < 1 or > OdfListLevel.Levels)
                continue;
            var followedBy = level.Descendants(Style + "list-level-label-alignment").FirstOrDefault()?.Attribute(Text + "label-followed-by")?.Value;
            levels[index - 1] = level.Name == Text + "list-level-style-number" || level.Name == Text + "outline-level-style"
                ? new OdfListLevel(
                    (string?)level.Attribute(Style + "num-format") ?? string.Empty,
                    (string?)level.Attribute(Style + "num-prefix") ?? string.Empty,
                    (string?)level.Attribute(Style + "num-suffix") ?? string.Empty,
                    int.TryParse((string?)level.Attribute(Text + "start-value"), out var start) ? start : 1,
                    int.TryParse((string?)level.Attribute(Text + "display-levels"), out var shown) ? Math.Clamp(shown, 1, index) : 1,
                    followedBy ?? "listtab")
                : null; // bullets and images label nothing a reader cites
        }
        return levels;
    }
}

/// <summary>One level of an OpenDocument list or outline style.</summary>
/// <param name="Format">style:num-format: 1, a, A, i, I, 一, 二, 三, ... and the like; empty for no number.</param>
/// <param name="Prefix">Text before the number (第).</param>
/// <param name="Suffix">Text after it (条).</param>
/// <param name="Start">The first number.</param>
/// <param name="DisplayLevels">How many levels the label shows (1.2.3 shows 3).</param>
/// <param name="FollowedBy">What separates the label from the text: listtab, space or nothing.</param>
internal sealed record OdfListLevel(string Format, string Prefix, string Suffix, int Start, int DisplayLevels, string FollowedBy)
{
    /// <summary>The levels an OpenDocument list style defines.</summary>
    public const int Levels = 10;

    /// <summary>The Word number format that writes this level's numbers (the formatting code is shared).</summary>
    public string WordFormat => Format.Length == 0 ? "none" : Format[0] switch
    {
        'a' => "lowerLetter",
        'A' => "upperLetter",
        'i' => "lowerRoman",
        'I' => "upperRoman",
        '一' => "chineseCounting",
        '壹' => "chineseLegalSimplified",
        '１' => "decimalFullWidth",
        '①' => "decimalEnclosedCircle",
        '甲' => "ideographTraditional",
        '子' => "ideographZodiac",
        _ => "decimal",
    };
}
