using DocumentFormat.OpenXml.Wordprocessing;

namespace Assistant.Knowledge.Sources.Docx;

/// <summary>
/// What a paragraph's style means: Word's own style ids are localised (a Chinese Word saves 标题 1 as style id
/// <c>1</c>), so headings are recognised by the style's name (<c>heading 1</c>) or outline level, following
/// <c>w:basedOn</c>, and by the English id (<c>Heading2</c>) only when the document does not define that style.
/// </summary>
internal sealed class WordStyles
{
    private const int MaxChain = 16;
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyle;

    public WordStyles(Styles? styles)
    {
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is not { } id || (style.Type?.Value is { } type && type != StyleValues.Paragraph))
                continue;
            _styles.TryAdd(id, style);
            if (style.Default?.Value == true)
                _defaultParagraphStyle ??= id;
        }
    }

    /// <summary>The paragraph's style id, or the document's default paragraph style.</summary>
    public string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;

    /// <summary>True for the Title style.</summary>
    public bool IsTitle(string? styleId) =>
        styleId is not null && Chain(styleId).Any(style => Name(style) == "title")
        || string.Equals(styleId, "Title", StringComparison.OrdinalIgnoreCase);

    /// <summary>1–6 for a heading (deeper levels count as 6), 0 for body text.</summary>
    public int HeadingLevel(Paragraph paragraph, string? styleId)
    {
        if (OutlineHeading(paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value) is { } own)
            return own;
        if (styleId is null)
            return 0;
        foreach (var style in Chain(styleId))
        {
            if (Name(style) is { } name && name.StartsWith("heading ", StringComparison.Ordinal)
                && int.TryParse(name.AsSpan("heading ".Length), out var named) && named is >= 1 and <= 9)
                return Math.Min(named, 6);
            if (OutlineHeading(style.StyleParagraphProperties?.OutlineLevel?.Val?.Value) is { } outline)
                return outline;
        }
        return _styles.ContainsKey(styleId) ? 0 : LegacyHeading(styleId);
    }

    /// <summary>The list a style numbers its paragraphs with (<c>w:numPr</c> in the style or a style it is based
    /// on): the instance id and, when the style names it, the level.</summary>
    public (int Instance, int? Level)? Numbering(string? styleId)
    {
        if (styleId is null)
            return null;
        foreach (var style in Chain(styleId))
        {
            if (style.StyleParagraphProperties?.NumberingProperties is { } numbering)
            {
                return numbering.NumberingId?.Val?.Value is { } instance
                    ? (instance, numbering.NumberingLevelReference?.Val?.Value)
                    : null;
            }
        }
        return null;
    }

    private IEnumerable<Style> Chain(string styleId)
    {
        var id = styleId;
        for (var i = 0; i < MaxChain && id is not null && _styles.TryGetValue(id, out var style); i++)
        {
            yield return style;
            id = style.BasedOn?.Val?.Value;
        }
    }

    private static string? Name(Style style) => style.StyleName?.Val?.Value?.Trim().ToLowerInvariant();

    // Outline levels 0–8 are heading levels 1–9; 9 is body text.
    private static int? OutlineHeading(int? outlineLevel) => outlineLevel is >= 0 and <= 8 ? Math.Min(outlineLevel.Value + 1, 6) : null;

    private static int LegacyHeading(string styleId)
    {
        const string prefix = "Heading";
        return styleId.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            && int.TryParse(styleId.AsSpan(prefix.Length), out var level) && level is >= 1 and <= 9
            ? Math.Min(level, 6)
            : 0;
    }
}
