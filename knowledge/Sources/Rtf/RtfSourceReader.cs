using System.Globalization;
using System.Text;
using Assistant.Knowledge.Parsing;
using Assistant.Knowledge.Sources.PlainText;

namespace Assistant.Knowledge.Sources.Rtf;

/// <summary>
/// Reads Rich Text Format (<c>.rtf</c>), as Word, WPS and LibreOffice save it: the text of the body as a reader sees it.
/// List numbers come from the <c>\listtext</c> each numbered paragraph carries (<c>第一条</c>); field codes, hidden
/// text, text deleted with changes tracked, headers, footers, footnotes, pictures and the other tables of the file are
/// left out; a table row is one line with its cells joined by <c>|</c>; <c>\'hh</c> bytes are decoded in the code page
/// of their font (GBK for a Chinese font) or of the document. The first line, after an official letterhead, is the title.
/// </summary>
public sealed class RtfSourceReader : ISourceReader
{
    // Destinations that are not body text even without the \* that marks optional ones.
    private static readonly HashSet<string> SkippedDestinations = new(StringComparer.Ordinal)
    {
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl", "headerr", "headerf",
        "footer", "footerl", "footerr", "footerf", "footnote", "pntext", "pntxta", "pntxtb", "fldinst", "xe", "tc",
    };

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".rtf"];

    /// <inheritdoc />
    public SourceReadResult Read(string path, string relativePath, CancellationToken cancellationToken = default)
    {
        var rtf = File.ReadAllText(path, Encoding.Latin1);
        if (!rtf.StartsWith(@"{\rtf", StringComparison.Ordinal))
            throw new InvalidDataException("not a Rich Text Format file (it does not start with {\\rtf)");
        return SourceReadResult.Of(TextSourceReader.FromLines(path, relativePath, new RtfText(rtf).Lines()));
    }

    /// <summary>One pass over the control words and text of a file.</summary>
    private sealed class RtfText(string rtf)
    {
        private readonly List<string> _lines = [];
        private readonly StringBuilder _line = new();
        private readonly List<string> _cells = [];
        private readonly List<byte> _bytes = [];
        private readonly Dictionary<int, int> _fontCodePages = [];
        private readonly Stack<GroupState> _groups = new();
        private GroupState _state = new(Skip: false, Hidden: false, SkipAfterUnicode: 1, CodePage: 1252, FontTable: false, InTable: false, ListText: false);
        private int _documentCodePage = 1252;
        private int _pendingFont = -1;
        private int _fallbackToSkip;

        public List<string> Lines()
        {
            var i = 0;
            while (i < rtf.Length)
            {
                var c = rtf[i];
                if (c == '\\' && i + 1 < rtf.Length && rtf[i + 1] == '\'' && i + 3 < rtf.Length)
                {
                    // A malformed \'zz is dropped rather than failing the file.
                    if (!TakeFallback() && byte.TryParse(rtf.AsSpan(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
                        AddByte(value);
                    i += 4;
                    continue;
                }
                FlushBytes();
                switch (c)
                {
                    case '{':
                        _groups.Push(_state);
                        i++;
                        break;
                    case '}':
                        if (_state.FontTable && _pendingFont >= 0)
                            _pendingFont = -1;
                        _state = _groups.Count > 0 ? _groups.Pop() : _state;
                        i++;
                        break;
                    case '\\':
                        i = ControlWord(i + 1);
                        break;
                    case '\r' or '\n':
                        i++;
                        break;
                    default:
                        if (!TakeFallback())
                            Append(c.ToString());
                        i++;
                        break;
                }
            }
            FlushBytes();
            EndParagraph();
            return _lines;
        }

        private int ControlWord(int i)
        {
            if (i >= rtf.Length)
                return i;
            var c = rtf[i];
            if (!char.IsAsciiLetter(c))
            {
                // Control symbols: \\ \{ \} literal, \~ a no-break space, \_ a no-break hyphen, \* an optional destination.
                switch (c)
                {
                    case '\\' or '{' or '}':
                        if (!TakeFallback())
                            Append(c.ToString());
                        break;
                    case '~':
                        Append(" ");
                        break;
                    case '_':
                        Append("-");
                        break;
                    case '*':
                        _state = _state with { Skip = true };
                        break;
                    case '\r' or '\n':
                        EndParagraph();
                        break;
                }
                return i + 1;
            }
            var start = i;
            while (i < rtf.Length && char.IsAsciiLetter(rtf[i]))
                i++;
            var word = rtf[start..i];
            int? parameter = null;
            var numberStart = i;
            if (i < rtf.Length && (rtf[i] == '-' || char.IsAsciiDigit(rtf[i])))
            {
                i++;
                while (i < rtf.Length && char.IsAsciiDigit(rtf[i]))
                    i++;
                if (int.TryParse(rtf.AsSpan(numberStart, i - numberStart), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                    parameter = value;
            }
            if (i < rtf.Length && rtf[i] == ' ')
                i++;
            Apply(word, parameter);
            return i;
        }

        private void Apply(string word, int? parameter)
        {
            if (SkippedDestinations.Contains(word))
            {
                _state = _state with { Skip = true, FontTable = word == "fonttbl" };
                return;
            }
            switch (word)
            {
                case "ansicpg" when parameter is { } codePage:
                    _documentCodePage = codePage;
                    _state = _state with { CodePage = codePage };
                    break;
                case "f" when parameter is { } font:
                    if (_state.FontTable)
                        _pendingFont = font;
                    else
                        _state = _state with { CodePage = _fontCodePages.GetValueOrDefault(font, _documentCodePage) };
                    break;
                case "fcharset" when parameter is { } charset && _pendingFont >= 0:
                    _fontCodePages[_pendingFont] = CodePageOf(charset) ?? _documentCodePage;
                    break;
                case "uc" when parameter is { } count:
                    _state = _state with { SkipAfterUnicode = Math.Max(0, count) };
                    break;
                case "u" when parameter is { } code:
                    Append(((char)(code < 0 ? code + 65536 : code)).ToString());
                    _fallbackToSkip = _state.SkipAfterUnicode;
                    break;
                case "v":
                case "deleted":
                    _state = _state with { Hidden = parameter != 0 };
                    break;
                case "par" or "sect" or "page" or "line":
                    if (_state.InTable && word is "par" or "line")
                        Append(" ");
                    else
                        EndParagraph();
                    break;
                case "listtext":
                    _state = _state with { ListText = true };
                    break;
                case "tab":
                    // A list number is followed by a tab on the page; after a closing bracket or an enumeration comma
                    // Chinese text types nothing there (（一）会员…), after 第一条 a space.
                    if (!(_state.ListText && _line.Length > 0 && "）)、．.".Contains(_line[^1], StringComparison.Ordinal)))
                        Append(" ");
                    break;
                case "intbl":
                    _state = _state with { InTable = true };
                    break;
                case "pard":
                    _state = _state with { InTable = false };
                    break;
                case "cell" or "nestcell":
                    _cells.Add(_line.ToString().Trim());
                    _line.Clear();
                    break;
                case "row" or "nestrow":
                    EndRow();
                    break;
                case "emdash":
                    Append("—");
                    break;
                case "endash":
                    Append("–");
                    break;
                case "lquote" or "rquote":
                    Append(word == "lquote" ? "‘" : "’");
                    break;
                case "ldblquote" or "rdblquote":
                    Append(word == "ldblquote" ? "“" : "”");
                    break;
                case "bullet":
                    Append("•");
                    break;
            }
        }

        // After \uN, the next character (or \'hh byte) is the fallback for readers without Unicode.
        private bool TakeFallback()
        {
            if (_fallbackToSkip <= 0)
                return false;
            _fallbackToSkip--;
            return true;
        }

        private void AddByte(byte value)
        {
            if (!_state.Skip && !_state.Hidden)
                _bytes.Add(value);
        }

        private void FlushBytes()
        {
            if (_bytes.Count == 0)
                return;
            var text = Decoder(_state.CodePage).GetString([.. _bytes]);
            _bytes.Clear();
            Append(text);
        }

        private void Append(string text)
        {
            if (!_state.Skip && !_state.Hidden)
                _line.Append(text);
        }

        private void EndParagraph()
        {
            var text = _line.ToString().Trim();
            _line.Clear();
            if (_cells.Count > 0)
            {
                EndRow();
                return;
            }
            if (text.Length > 0)
                _lines.Add(text);
        }

        private void EndRow()
        {
            var last = _line.ToString().Trim();
            if (last.Length > 0)
                _cells.Add(last);
            _line.Clear();
            var row = TextBlock.Row(_cells);
            _cells.Clear();
            if (row.Length > 0)
                _lines.Add(row);
        }

        private static int? CodePageOf(int charset) => charset switch
        {
            0 => 1252,
            128 => 932,
            129 => 949,
            134 => 936,
            136 => 950,
            161 => 1253,
            162 => 1254,
            177 => 1255,
            178 => 1256,
            186 => 1257,
            204 => 1251,
            222 => 874,
            238 => 1250,
            _ => null,
        };

        private static Encoding Decoder(int codePage) =>
            CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? Encoding.Latin1;
    }

    private sealed record GroupState(bool Skip, bool Hidden, int SkipAfterUnicode, int CodePage, bool FontTable, bool InTable, bool ListText);
}
