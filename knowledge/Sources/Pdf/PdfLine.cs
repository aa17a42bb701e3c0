namespace Assistant.Knowledge.Sources.Pdf;

/// <summary>One line of a PDF page: its text and where it sits, in PDF points (y grows upwards).</summary>
/// <param name="Text">The words joined as written: a space where the page shows a gap, none between CJK characters.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="Left">Left edge.</param>
/// <param name="Right">Right edge.</param>
/// <param name="Bottom">Baseline side: the lowest bottom of its words.</param>
/// <param name="FontSize">The typical point size of its letters.</param>
internal sealed record PdfLine(string Text, int Page, double Left, double Right, double Bottom, double FontSize);
