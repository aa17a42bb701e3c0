using System.Buffers.Binary;

namespace Assistant.Knowledge.Sources.Doc;

/// <summary>
/// The paragraph styles of a Word 97–2003 document ([MS-DOC] 2.9.271 STSH): each style's built-in identity, so a
/// heading is known in any language of Word (Heading 1–9 are identifiers 1–9, Title is 62), its base style, and the
/// paragraph modifiers it carries (a list, an outline level).
/// </summary>
internal sealed class WordBinaryStyles
{
    private const int TitleIdentifier = 62;
    private const int NoStyle = 0x0FFF;
    private readonly Dictionary<int, Style> _styles = [];

    public WordBinaryStyles(ReadOnlySpan<byte> stsh)
    {
        if (stsh.Length < 4)
            return;
        var headerSize = BinaryPrimitives.ReadUInt16LittleEndian(stsh);
        if (2 + headerSize > stsh.Length || headerSize < 4)
            return;
        var count = BinaryPrimitives.ReadUInt16LittleEndian(stsh[2..]);
        var baseSize = BinaryPrimitives.ReadUInt16LittleEndian(stsh[4..]);
        var offset = 2 + headerSize;
        for (var istd = 0; istd < count && offset + 2 <= stsh.Length; istd++)
        {
            var size = BinaryPrimitives.ReadUInt16LittleEndian(stsh[offset..]);
            offset += 2;
            if (size > 0 && offset + size <= stsh.Length && size > baseSize)
                Read(istd, stsh.Slice(offset, size), baseSize);
            offset += size;
        }
    }

    /// <summary>True for Word's built-in Title style.</summary>
    public bool IsTitle(int istd) => _styles.TryGetValue(istd, out var style) && style.Identifier == TitleIdentifier;

    /// <summary>The heading level (1–9) of a paragraph of this style with these modifiers, or 0 for body text: a
    /// built-in heading style, or an outline level set on the paragraph or inherited from its style.</summary>
    public int HeadingLevel(int istd, byte[] paragraph)
    {
        if (Sprms.Read(paragraph).LastOrDefault(s => s.Code == Sprms.OutlineLevel) is { Operand: [var own] })
            return own < 9 ? own + 1 : 0;
        foreach (var style in Chain(istd))
        {
            if (style.Identifier is >= 1 and <= 9)
                return style.Identifier;
            if (Sprms.Read(style.Paragraph).LastOrDefault(s => s.Code == Sprms.OutlineLevel) is { Operand: [var level] })
                return level < 9 ? level + 1 : 0;
        }
        return 0;
    }

    /// <summary>The list (1-based override index) and level a paragraph of this style is numbered with, if any.</summary>
    public (int Override, int? Level)? Numbering(int istd)
    {
        int? level = null;
        foreach (var style in Chain(istd))
        {
            byte[]? list = null;
            foreach (var (code, operand) in Sprms.Read(style.Paragraph))
            {
                if (code == Sprms.ListLevel && level is null)
                    level = operand[0];
                else if (code == Sprms.ListOverride)
                    list = operand;
            }
            if (list is { Length: 2 })
                return (BinaryPrimitives.ReadUInt16LittleEndian(list), level);
        }
        return null;
    }

    private IEnumerable<Style> Chain(int istd)
    {
        var seen = new HashSet<int>();
        while (istd != NoStyle && seen.Add(istd) && _styles.TryGetValue(istd, out var style))
        {
            yield return style;
            istd = style.Base;
        }
    }

    private void Read(int istd, ReadOnlySpan<byte> std, int baseSize)
    {
        var identifier = BinaryPrimitives.ReadUInt16LittleEndian(std) & 0x0FFF;
        var kindAndBase = BinaryPrimitives.ReadUInt16LittleEndian(std[2..]);
        var kind = kindAndBase & 0x000F;
        var baseStyle = kindAndBase >> 4;
        // After the fixed part: the name (16-bit length, characters, terminating zero), then the property lists.
        var offset = baseSize;
        if (offset + 2 > std.Length)
            return;
        var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(std[offset..]);
        offset += 2 + (nameLength + 1) * 2;
        byte[] paragraph = [];
        if (kind == 1 && offset + 2 <= std.Length)
        {
            // A paragraph style's first property list is its paragraph properties: a style index, then modifiers.
            var size = BinaryPrimitives.ReadUInt16LittleEndian(std[offset..]);
            if (size >= 2 && offset + 2 + size <= std.Length)
                paragraph = std.Slice(offset + 4, size - 2).ToArray();
        }
        _styles[istd] = new Style(identifier, baseStyle, paragraph);
    }

    private sealed record Style(int Identifier, int Base, byte[] Paragraph);
}
