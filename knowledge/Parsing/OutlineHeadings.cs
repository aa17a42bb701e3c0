using System.Text.RegularExpressions;

namespace Assistant.Knowledge.Parsing;

/// <summary>
/// Finds the headings of a guide or FAQ whose file marks none (plain text, a PDF, Word without heading styles): Chinese
/// documents outline with 一、 二、, then （一）, or write 问： before each question, or number 1. 2. The first of these
/// forms used at least twice is taken as the section heading; without one, the document stays one section.
/// </summary>
internal static partial class OutlineHeadings
{
    private const int MinimumUses = 2;
    private const int MaxLabelLength = 40;

    [GeneratedRegex(@"^(问|Q)\s*[：:]")]
    private static partial Regex Question();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex ChineseEnumerator();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]")]
    private static partial Regex BracketedEnumerator();

    [GeneratedRegex(@"^\d{1,2}[.、．](?!\d)")]
    private static partial Regex Number();

    [GeneratedRegex(@"[，,。；;：:？?！!]")]
    private static partial Regex ClauseEnd();

    /// <summary>The blocks with the outline's headings marked (level 2); unchanged when no form is used twice.</summary>
    public static IReadOnlyList<TextBlock> Mark(IReadOnlyList<TextBlock> blocks)
    {
        Regex[] forms = [Question(), ChineseEnumerator(), BracketedEnumerator(), Number()];
        var form = forms.FirstOrDefault(f => blocks.Count(b => f.IsMatch(b.Text)) >= MinimumUses);
        if (form is null)
            return blocks;
        var marked = new List<TextBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (!form.IsMatch(block.Text))
            {
                marked.Add(block);
                continue;
            }
            var hasBody = i + 1 < blocks.Count && !form.IsMatch(blocks[i + 1].Text);
            if (hasBody && block.Text.Length <= MaxLabelLength)
            {
                marked.Add(block with { HeadingLevel = 2 });
                continue;
            }
            // An enumerated paragraph (long, or with nothing under it): its first clause names the section, the whole
            // paragraph stays its text.
            var end = ClauseEnd().Match(block.Text, Math.Min(block.Text.Length, 3));
            var label = end.Success && end.Index <= MaxLabelLength ? block.Text[..end.Index]
                : block.Text.Length <= MaxLabelLength ? block.Text
                : block.Text[..MaxLabelLength] + "…";
            marked.Add(new TextBlock(label, 2));
            marked.Add(block);
        }
        return marked;
    }
}
