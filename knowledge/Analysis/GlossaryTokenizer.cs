using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Assistant.Knowledge.Analysis;

/// <summary>
/// Emits the glossary's dictionary words found by forward maximum match over width-folded,
/// lower-cased text, and nothing else.
/// </summary>
/// <remarks>
/// The input is streamed through a sliding window, so texts of any length are fine. Offsets
/// point into the original text (folding keeps one char per char). Skipped text leaves no
/// position gap: the field is meant for term matching, not for phrase or proximity queries.
/// </remarks>
public sealed class GlossaryTokenizer : Tokenizer
{
    private const int MinimumBufferSize = 4096;

    private readonly GlossaryMatcher _matcher;
    private readonly char[] _buffer;
    private readonly ICharTermAttribute _termAttribute;
    private readonly IOffsetAttribute _offsetAttribute;
    private readonly ITypeAttribute _typeAttribute;

    // Absolute offset of _buffer[0] in the input.
    private int _bufferStart;
    private int _bufferLength;
    private int _position;
    private bool _exhausted;
    private char _previous;

    /// <summary>Creates a tokenizer for the words of <paramref name="glossary"/>.</summary>
    /// <param name="glossary">The glossary whose words are emitted.</param>
    /// <param name="input">The text to tokenize.</param>
    public GlossaryTokenizer(Glossary glossary, TextReader input)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        _matcher = glossary.Matcher;
        // The window must always show a whole candidate word plus one char for the boundary check,
        // with room left to read a useful chunk after sliding.
        _buffer = new char[Math.Max(MinimumBufferSize, 4 * (_matcher.MaxWordLength + 1))];
        _termAttribute = AddAttribute<ICharTermAttribute>();
        _offsetAttribute = AddAttribute<IOffsetAttribute>();
        _typeAttribute = AddAttribute<ITypeAttribute>();
    }

    /// <summary>The token type of every emitted word.</summary>
    public const string WordType = "<GLOSSARY>";

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        ClearAttributes();
        while (true)
        {
            if (!_exhausted && _bufferLength - _position <= _matcher.MaxWordLength)
            {
                Fill();
            }

            if (_position >= _bufferLength)
            {
                return false;
            }

            var length = _matcher.Match(_buffer.AsSpan(_position, _bufferLength - _position), _previous);
            if (length == 0)
            {
                _previous = _buffer[_position];
                _position++;
                continue;
            }

            var start = _bufferStart + _position;
            _termAttribute.CopyBuffer(_buffer, _position, length);
            _offsetAttribute.SetOffset(CorrectOffset(start), CorrectOffset(start + length));
            _typeAttribute.Type = WordType;
            _position += length;
            _previous = _buffer[_position - 1];
            return true;
        }
    }

    /// <inheritdoc />
    public override void End()
    {
        base.End();
        // End is only meaningful once the input is consumed; drain it so the final offset is the text length.
        while (!_exhausted)
        {
            _position = _bufferLength;
            Fill();
        }

        var finalOffset = CorrectOffset(_bufferStart + _bufferLength);
        _offsetAttribute.SetOffset(finalOffset, finalOffset);
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _bufferStart = 0;
        _bufferLength = 0;
        _position = 0;
        _exhausted = false;
        _previous = '\0';
    }

    private void Fill()
    {
        var remaining = _bufferLength - _position;
        Array.Copy(_buffer, _position, _buffer, 0, remaining);
        _bufferStart += _position;
        _bufferLength = remaining;
        _position = 0;

        while (_bufferLength < _buffer.Length)
        {
            var read = m_input.Read(_buffer, _bufferLength, _buffer.Length - _bufferLength);
            if (read <= 0)
            {
                _exhausted = true;
                break;
            }

            TextFolding.Fold(_buffer.AsSpan(_bufferLength, read));
            _bufferLength += read;
        }
    }
}
