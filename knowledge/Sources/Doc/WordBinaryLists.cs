using System.Buffers.Binary;
using System.Text;
using Assistant.Knowledge.Sources.WordLists;

namespace Assistant.Knowledge.Sources.Doc;

/// <summary>
/// The automatic lists of a Word 97–2003 document ([MS-DOC] 2.9.147 PlfLst, 2.9.150 PlfLfo) turned into the list
/// definitions and instances Word's numbering is replayed from: a list (LSTF) with one or nine levels (LVL) is a
/// definition; a list format override (LFO), which paragraphs name by its 1-based index, is an instance.
/// </summary>
internal static class WordBinaryLists
{
    private const int ListSize = 28;
    private const int LevelFixedSize = 28;
    private const int OverrideSize = 16;

    // MSONFC ([MS-DOC] 2.2.1.3) by value, as the ECMA-376 names our formatter writes.
    private static readonly Dictionary<byte, string> NumberFormats = new()
    {
        [0x00] = "decimal", [0x01] = "upperRoman", [0x02] = "lowerRoman", [0x03] = "upperLetter", [0x04] = "lowerLetter",
        [0x0A] = "ideographDigital", [0x0B] = "japaneseCounting", [0x0E] = "decimalFullWidth", [0x11] = "japaneseDigitalTenThousand",
        [0x12] = "decimalEnclosedCircle", [0x13] = "decimalFullWidth2", [0x16] = "decimalZero", [0x17] = "bullet",
        [0x1A] = "decimalEnclosedFullstop", [0x1B] = "decimalEnclosedParen", [0x1C] = "decimalEnclosedCircleChinese",
        [0x1D] = "ideographEnclosedCircle", [0x1E] = "ideographTraditional", [0x1F] = "ideographZodiac",
        [0x21] = "taiwaneseCounting", [0x23] = "taiwaneseCountingThousand", [0x24] = "taiwaneseDigital",
        [0x25] = "chineseCounting", [0x26] = "chineseLegalSimplified", [0x27] = "chineseCountingThousand", [0x28] = "decimal",
        [0x2A] = "koreanCounting", [0xFF] = "none",
    };

    /// <summary>The numbering of the document; a document without lists gets one that numbers nothing.</summary>
    public static WordNumbering Read(WordBinaryDocument document)
    {
        var definitions = new Dictionary<int, ListLevelFormat?[]>();
        var instances = new Dictionary<int, ListInstance>();
        var lists = document.TablePart(FibPart.Lists);
        if (lists.Length >= 2)
            ReadDefinitions(document.Table, document.TableOffset(FibPart.Lists), definitions);
        var overrides = document.TablePart(FibPart.ListOverrides);
        if (overrides.Length >= 4)
            ReadInstances(document.Table, document.TableOffset(FibPart.ListOverrides), instances);
        return new WordNumbering(definitions, instances);
    }

    private static void ReadDefinitions(byte[] table, int offset, Dictionary<int, ListLevelFormat?[]> definitions)
    {
        var count = Math.Clamp((int)BinaryPrimitives.ReadInt16LittleEndian(table.AsSpan(offset)), 0, (table.Length - offset) / ListSize);
        var levelsAt = offset + 2 + count * ListSize;
        for (var i = 0; i < count; i++)
        {
            var list = table.AsSpan(offset + 2 + i * ListSize, ListSize);
            var id = BinaryPrimitives.ReadInt32LittleEndian(list);
            var simple = (list[26] & 0x01) != 0;
            var levels = new ListLevelFormat?[WordNumbering.Levels];
            for (var level = 0; level < (simple ? 1 : WordNumbering.Levels); level++)
                levels[level] = ReadLevel(table, ref levelsAt);
            definitions[id] = levels;
        }
    }

    private static void ReadInstances(byte[] table, int offset, Dictionary<int, ListInstance> instances)
    {
        var count = Math.Clamp(BinaryPrimitives.ReadInt32LittleEndian(table.AsSpan(offset)), 0, (table.Length - offset) / OverrideSize);
        var listIds = new int[count];
        var levelCounts = new int[count];
        for (var i = 0; i < count; i++)
        {
            var lfo = table.AsSpan(offset + 4 + i * OverrideSize, OverrideSize);
            listIds[i] = BinaryPrimitives.ReadInt32LittleEndian(lfo);
            levelCounts[i] = lfo[12];
        }
        // Each override's level changes follow the array, in the same order, behind a 4-byte field.
        var at = offset + 4 + count * OverrideSize;
        for (var i = 0; i < count; i++)
        {
            at += 4;
            var levelOverrides = new Dictionary<int, ListLevelOverride>();
            for (var l = 0; l < levelCounts[i]; l++)
            {
                var start = BinaryPrimitives.ReadInt32LittleEndian(table.AsSpan(at));
                var flags = BinaryPrimitives.ReadUInt32LittleEndian(table.AsSpan(at + 4));
                at += 8;
                var level = (int)(flags & 0x0F);
                var startsAnew = (flags & 0x10) != 0;
                var format = (flags & 0x20) != 0 ? ReadLevel(table, ref at) : null;
                if (level < WordNumbering.Levels)
                    levelOverrides[level] = new ListLevelOverride(startsAnew ? start : null, format);
            }
            instances[i + 1] = new ListInstance(listIds[i], levelOverrides);
        }
    }

    private static ListLevelFormat ReadLevel(byte[] table, ref int at)
    {
        var fixedPart = table.AsSpan(at, LevelFixedSize);
        var start = BinaryPrimitives.ReadInt32LittleEndian(fixedPart);
        var numberFormat = fixedPart[4];
        var flags = fixedPart[5];
        var follow = fixedPart[15];
        var characterModifiers = fixedPart[24];
        var paragraphModifiers = fixedPart[25];
        var restartLimit = fixedPart[26];
        at += LevelFixedSize + paragraphModifiers + characterModifiers;
        var length = BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(at));
        var text = Encoding.Unicode.GetString(table, at + 2, length * 2);
        at += 2 + length * 2;
        return new ListLevelFormat(
            start,
            NumberFormats.GetValueOrDefault(numberFormat, "decimal"),
            Placeholders(text),
            follow switch { 0 => "tab", 1 => "space", _ => "nothing" },
            // fNoRestart: the level restarts only after the levels above the limit, not after any higher level.
            (flags & 0x08) != 0 ? restartLimit : null,
            (flags & 0x04) != 0,
            null);
    }

    // The level text holds each level's number as the character whose code is that level (0–8): 第\u0000条 is 第%1条.
    private static string Placeholders(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (c < WordNumbering.Levels)
                builder.Append('%').Append((char)('1' + c));
            else
                builder.Append(c);
        }
        return builder.ToString();
    }
}
