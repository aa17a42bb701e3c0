using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Parsing;

/// <summary>Recognises 编/分编/章/节 (and Part/Chapter) headings and ranks them so a new 章 closes the open 节.</summary>
internal static partial class StructuralHeading
{
    internal const int PartRank = 1;
    internal const int SubPartRank = 2;
    internal const int ChapterRank = 3;
    internal const int SectionRank = 4;

    [GeneratedRegex(@"^第[〇零一二三四五六七八九十百千两0-9０-９]+(分编|编|章|节)(?:$|[ \u3000\t]+\S)")]
    private static partial Regex ChinesePattern();

    [GeneratedRegex(@"^[\u4e00-\u9fff]{1,8}编$")]
    private static partial Regex NamedBook();

    [GeneratedRegex(@"^(PART|Part|CHAPTER|Chapter)\s+([IVXLC]+|\d+|[A-Z][a-z]+)\b")]
    private static partial Regex EnglishPattern();

    /// <summary>The rank of a 编/分编/章/节 or Part/Chapter heading text, or null when the text is not one.</summary>
    internal static int? Rank(string text)
    {
        var match = ChinesePattern().Match(text);
        if (match.Success)
        {
            return match.Groups[1].Value switch
            {
                "编" => PartRank,
                "分编" => SubPartRank,
                "章" => ChapterRank,
                _ => SectionRank,
            };
        }
        if (NamedBook().IsMatch(text))
            return PartRank;
        var english = EnglishPattern().Match(text);
        if (english.Success)
            return english.Groups[1].Value.StartsWith('P') ? PartRank : ChapterRank;
        return null;
    }

    /// <summary>A body line that is really a heading: a short 第X章 line that does not end like a sentence.</summary>
    internal static int? BodyLineRank(string line)
    {
        if (line.Length > 40 || line.EndsWith('。') || line.EndsWith('；') || line.EndsWith('，') || line.EndsWith('：'))
            return null;
        return Rank(line);
    }

    /// <summary>Rank for a heading block: structural when the text says so, else by its Markdown level.</summary>
    internal static int BlockRank(string text, int level) => Rank(text) ?? level + 1;
}
