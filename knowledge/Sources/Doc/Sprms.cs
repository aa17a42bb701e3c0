using System.Buffers.Binary;

namespace Assistant.Knowledge.Sources.Doc;

/// <summary>Walks a list of property modifiers ([MS-DOC] 2.2.5 Sprm, 2.6 Prl): each is a 16-bit code whose top three
/// bits say how long its operand is.</summary>
internal static class Sprms
{
    /// <summary>The list level of a numbered paragraph (byte).</summary>
    public const ushort ListLevel = 0x260A;

    /// <summary>The 1-based list format override of a numbered paragraph (16-bit; 0 = not numbered).</summary>
    public const ushort ListOverride = 0x460B;

    /// <summary>The paragraph's outline level (byte; 9 = body text).</summary>
    public const ushort OutlineLevel = 0x2640;

    /// <summary>The paragraph is inside a table (byte, boolean).</summary>
    public const ushort InTable = 0x2416;

    /// <summary>The paragraph mark ends a table row rather than a cell (byte, boolean).</summary>
    public const ushort TableRowEnd = 0x2417;

    /// <summary>Character property: the text is deleted with changes tracked (byte, boolean toggle).</summary>
    public const ushort Deleted = 0x0800;

    private const ushort TableDefinition = 0xD608;

    /// <summary>Each modifier's code and operand, in order; a list that runs past its end stops there.</summary>
    public static IEnumerable<(ushort Code, byte[] Operand)> Read(byte[] grpprl)
    {
        var offset = 0;
        while (offset + 2 <= grpprl.Length)
        {
            var code = BinaryPrimitives.ReadUInt16LittleEndian(grpprl.AsSpan(offset));
            offset += 2;
            var start = offset;
            var length = (code >> 13) switch
            {
                0 or 1 => 1,
                2 or 4 or 5 => 2,
                3 => 4,
                7 => 3,
                // Variable operands carry their size in front of them; the table definition in two bytes.
                _ when code == TableDefinition && offset + 2 <= grpprl.Length =>
                    BinaryPrimitives.ReadUInt16LittleEndian(grpprl.AsSpan(offset)) + 1,
                _ when offset < grpprl.Length => grpprl[offset] + 1,
                _ => 0,
            };
            if (start + length > grpprl.Length)
                yield break;
            offset = start + length;
            yield return (code, grpprl[start..offset]);
        }
    }
}
