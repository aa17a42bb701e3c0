namespace Assistant.Knowledge.Sources.Pdf;

/// <summary>One line of a PDF page: its text and where it sits, in PDF points (y grows upwards).</summary>
/// <param name="Text">The words joined as written: a space where the page shows a gap, none between CJK characters.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="Left">Left edge.</param>
/// <param name="Right">Right edge.</param>
/// <param name="Bottom">Baseline side: the lowest bottom of its words.</param>
/// <param name="FontSize">The typical point size of its letters.</param>
internal sealed record PdfLine(string Text, int Page, double Left, double Right, double Bottom, double FontSize)
{
    /// <summary>Chinese characters and the CJK and full-width punctuation set among them: no space goes between two.</summary>
    public static bool IsCjk(char c) => c is (>= '\u4e00' and <= '\u9fff') or (>= '\u3000' and <= '\u303f') or (>= '\uff00' and <= '\uffef');
}
