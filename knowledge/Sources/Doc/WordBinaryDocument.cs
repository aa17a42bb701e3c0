using System.Buffers.Binary;
using System.Text;

namespace Assistant.Knowledge.Sources.Doc;

/// <summary>
/// The main text of a Word 97–2003 document ([MS-DOC]) cut into paragraphs with the properties a reader needs: the
/// text is assembled from the piece table (pieces of UTF-16 or of 8-bit text), each paragraph's properties come from
/// the formatted disk pages of the WordDocument stream, and text deleted with changes tracked is left out.
/// </summary>
internal sealed class WordBinaryDocument
{
    private const ushort WordIdentifier = 0xA5EC;
    private const ushort FirstWord97Version = 0x00C1;
    private const int PageSize = 512;

    private readonly byte[] _word;
    private readonly byte[] _table;
    private readonly int _pairsOffset;
    private readonly int _pairCount;

    private WordBinaryDocument(byte[] word, byte[] table, int pairsOffset, int pairCount)
    {
        _word = word;
        _table = table;
        _pairsOffset = pairsOffset;
        _pairCount = pairCount;
    }

    /// <summary>The table stream, where styles and lists are kept.</summary>
    public byte[] Table => _table;

    /// <summary>Opens the Word document inside a compound file.</summary>
    public static WordBinaryDocument Open(CompoundFile file)
    {
        var word = file.Stream("WordDocument") ?? throw new InvalidDataException("not a Word document: the file has no WordDocument stream");
        return Open(word, name => file.Stream(name));
    }

    /// <summary>Opens a Word document from its WordDocument stream and a way to get its table stream by name.</summary>
    internal static WordBinaryDocument Open(byte[] word, Func<string, byte[]?> streams)
    {
        if (word.Length < 0x200 || BinaryPrimitives.ReadUInt16LittleEndian(word) != WordIdentifier)
            throw new InvalidDataException("not a Word document: the WordDocument stream has no Word header");
        if (BinaryPrimitives.ReadUInt16LittleEndian(word.AsSpan(2)) < FirstWord97Version)
            throw new InvalidDataException("a Word 6.0/95 document: open it in Word or WPS and save it as .docx");
        var flags = BinaryPrimitives.ReadUInt16LittleEndian(word.AsSpan(0x0A));
        if ((flags & 0x0100) != 0)
            throw new InvalidDataException("the document is password-protected: remove the password and save it again");
        var table = streams((flags & 0x0200) != 0 ? "1Table" : "0Table")
            ?? throw new InvalidDataException("the Word document has no table stream");

        // The FIB's variable parts: 16-bit words, 32-bit longs, then (offset, length) pairs into the table stream.
        var offset = 32;
        offset += 2 + BinaryPrimitives.ReadUInt16LittleEndian(word.AsSpan(offset)) * 2;
        offset += 2 + BinaryPrimitives.ReadUInt16LittleEndian(word.AsSpan(offset)) * 4;
        var pairCount = BinaryPrimitives.ReadUInt16LittleEndian(word.AsSpan(offset));
        return new WordBinaryDocument(word, table, offset + 2, pairCount);
    }

    /// <summary>The (offset, length) pair of a table-stream structure by its index in FibRgFcLcb97; empty when absent.</summary>
    public ReadOnlySpan<byte> TablePart(FibPart part)
    {
        var index = (int)part;
        if (index >= _pairCount)
            return [];
        var at = _pairsOffset + index * 8;
        var fc = BinaryPrimitives.ReadUInt32LittleEndian(_word.AsSpan(at));
        var lcb = BinaryPrimitives.ReadUInt32LittleEndian(_word.AsSpan(at + 4));
        if (lcb == 0 || fc + (long)lcb > _table.Length)
            return [];
        return _table.AsSpan((int)fc, (int)lcb);
    }

    /// <summary>Where a table-stream structure starts, for structures that continue past their stated length.</summary>
    public int TableOffset(FibPart part) =>
        (int)part < _pairCount ? (int)BinaryPrimitives.ReadUInt32LittleEndian(_word.AsSpan(_pairsOffset + (int)part * 8)) : -1;

    /// <summary>The paragraphs of the main document, in order, with deleted text removed.</summary>
    public List<WordBinaryParagraph> Paragraphs()
    {
        var mainLength = BinaryPrimitives.ReadInt32LittleEndian(_word.AsSpan(0x4C));
        var pieces = Pieces();
        var paragraphRuns = PropertyRuns(FibPart.ParagraphBins, paragraphs: true);
        // Each character run's properties are read once: only the runs of deleted text are looked up per character.
        var deletedRuns = PropertyRuns(FibPart.CharacterBins, paragraphs: false).Where(IsDeletion).ToList();
        var paragraphs = new List<WordBinaryParagraph>();
        var text = new StringBuilder();
        var cp = 0;
        foreach (var piece in pieces)
        {
            for (var i = 0; i < piece.Length && cp < mainLength; i++, cp++)
            {
                var fc = piece.FileOffset + i * piece.BytesPerChar;
                if (fc + piece.BytesPerChar > _word.Length)
                    throw new InvalidDataException("the Word document is damaged (its text lies past the end of the file)");
                var c = piece.BytesPerChar == 2
                    ? (char)BinaryPrimitives.ReadUInt16LittleEndian(_word.AsSpan(fc))
                    : Windows1252(_word[fc]);
                var isMark = c is '\r' or '\a';
                if (!isMark)
                {
                    if (Find(deletedRuns, fc) is null)
                        text.Append(c);
                    continue;
                }
                var run = Find(paragraphRuns, fc);
                paragraphs.Add(new WordBinaryParagraph(text.ToString(), run?.Style ?? 0, run?.Grpprl ?? [], c == '\a'));
                text.Clear();
            }
        }
        if (text.Length > 0)
            paragraphs.Add(new WordBinaryParagraph(text.ToString(), 0, [], false));
        return paragraphs;
    }

    private static bool IsDeletion(PropertyRun run) =>
        Sprms.Read(run.Grpprl).Any(s => s.Code == Sprms.Deleted && s.Operand[0] is 1 or 0x81);

    private List<Piece> Pieces()
    {
        var clx = TablePart(FibPart.Clx);
        var offset = 0;
        // Skip the property modifiers stored ahead of the piece table (Prc: 0x01, 16-bit size, data).
        while (offset < clx.Length && clx[offset] == 0x01 && offset + 3 <= clx.Length)
            offset += 3 + BinaryPrimitives.ReadInt16LittleEndian(clx[(offset + 1)..]);
        if (offset + 5 > clx.Length || clx[offset] != 0x02)
            throw new InvalidDataException("the Word document is damaged (no piece table)");
        var size = BinaryPrimitives.ReadInt32LittleEndian(clx[(offset + 1)..]);
        var plc = clx.Slice(offset + 5, Math.Min(size, clx.Length - offset - 5));
        var count = (plc.Length - 4) / 12;
        var pieces = new List<Piece>(count);
        for (var i = 0; i < count; i++)
        {
            var start = BinaryPrimitives.ReadInt32LittleEndian(plc[(i * 4)..]);
            var end = BinaryPrimitives.ReadInt32LittleEndian(plc[((i + 1) * 4)..]);
            var descriptor = plc[((count + 1) * 4 + i * 8)..];
            var fc = BinaryPrimitives.ReadUInt32LittleEndian(descriptor[2..]);
            // Bit 30 marks 8-bit text, stored at half the offset.
            var compressed = (fc & 0x40000000) != 0;
            var fileOffset = (int)(fc & 0x3FFFFFFF);
            pieces.Add(compressed ? new Piece(end - start, fileOffset / 2, 1) : new Piece(end - start, fileOffset, 2));
        }
        return pieces;
    }

    // A bin table maps runs of file offsets to 512-byte formatted disk pages; each page lists runs and their properties.
    private List<PropertyRun> PropertyRuns(FibPart part, bool paragraphs)
    {
        var bins = TablePart(part);
        var runs = new List<PropertyRun>();
        var count = (bins.Length - 4) / 8;
        for (var i = 0; i < count; i++)
        {
            var page = (BinaryPrimitives.ReadInt32LittleEndian(bins[((count + 1) * 4 + i * 4)..]) & 0x3FFFFF) * PageSize;
            if (page + PageSize > _word.Length)
                throw new InvalidDataException("the Word document is damaged (a formatting page lies past the end of the file)");
            var fkp = _word.AsSpan(page, PageSize);
            var entries = fkp[PageSize - 1];
            var entrySize = paragraphs ? 13 : 1;
            for (var r = 0; r < entries; r++)
            {
                var start = BinaryPrimitives.ReadInt32LittleEndian(fkp[(r * 4)..]);
                var end = BinaryPrimitives.ReadInt32LittleEndian(fkp[((r + 1) * 4)..]);
                var at = fkp[(entries + 1) * 4 + r * entrySize] * 2;
                if (at == 0)
                {
                    runs.Add(new PropertyRun(start, end, 0, []));
                    continue;
                }
                runs.Add(paragraphs ? ParagraphRun(fkp, at, start, end) : CharacterRun(fkp, at, start, end));
            }
        }
        runs.Sort((a, b) => a.Start.CompareTo(b.Start));
        return runs;
    }

    private static PropertyRun ParagraphRun(ReadOnlySpan<byte> fkp, int at, int start, int end)
    {
        // A paragraph's properties: a count in 16-bit words (or 0 and the count in the next byte), a style, modifiers.
        int length;
        if (fkp[at] != 0)
        {
            length = fkp[at] * 2 - 1;
            at += 1;
        }
        else
        {
            length = fkp[at + 1] * 2;
            at += 2;
        }
        length = Math.Min(length, fkp.Length - at);
        if (length < 2)
            return new PropertyRun(start, end, 0, []);
        return new PropertyRun(start, end, BinaryPrimitives.ReadUInt16LittleEndian(fkp[at..]), fkp.Slice(at + 2, length - 2).ToArray());
    }

    private static PropertyRun CharacterRun(ReadOnlySpan<byte> fkp, int at, int start, int end)
    {
        var length = Math.Min(fkp[at], fkp.Length - at - 1);
        return new PropertyRun(start, end, 0, fkp.Slice(at + 1, length).ToArray());
    }

    private static PropertyRun? Find(List<PropertyRun> runs, int fc)
    {
        int low = 0, high = runs.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var run = runs[middle];
            if (fc < run.Start)
                high = middle - 1;
            else if (fc >= run.End)
                low = middle + 1;
            else
                return run;
        }
        return null;
    }

    // 8-bit pieces are Windows-1252; its 0x80–0x9F differ from Latin-1.
    private static char Windows1252(byte b) => b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b;

    private const string Cp1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    private sealed record Piece(int Length, int FileOffset, int BytesPerChar);

    private sealed record PropertyRun(int Start, int End, ushort Style, byte[] Grpprl);
}

/// <summary>Indexes of the (offset, length) pairs of FibRgFcLcb97 ([MS-DOC] 2.5.6) that the reader uses.</summary>
internal enum FibPart
{
    StyleSheet = 1,
    CharacterBins = 12,
    ParagraphBins = 13,
    Clx = 33,
    Lists = 73,
    ListOverrides = 74,
}

/// <summary>One paragraph of a Word 97–2003 document: its text without the mark that ends it, its style, its own
/// property modifiers, and whether it ends a table cell (or row) rather than a plain paragraph.</summary>
internal sealed record WordBinaryParagraph(string Text, ushort Style, byte[] Properties, bool EndsCell);
