namespace Assistant.Bot.Calculators.Extraction;

/// <summary>
/// The message being read, with the parts already taken by one reader blanked for the next (a date's 2019 is no wage,
/// a contract's 3年 no length of service).
/// </summary>
internal sealed class TextSpans(string text)
{
    private readonly char[] _chars = text.ToCharArray();

    /// <summary>The text with taken parts blanked.</summary>
    public string Text => new(_chars);

    /// <summary>The original text.</summary>
    public string Original { get; } = text;

    public void Take(int start, int length)
    {
        for (var i = start; i < start + length && i < _chars.Length; i++)
            _chars[i] = ' ';
    }
}
