namespace Assistant.Knowledge.Sources.Scans;

/// <summary>
/// Recognizes the text of a scanned page (optical character recognition). The PDF reader asks it for pages that hold
/// no text but an image covering most of the page; without one, such a PDF is reported as needing OCR.
/// </summary>
public interface IScanRecognizer
{
    /// <summary>The text found on a page image, in reading order or any order (the reader orders it by position).</summary>
    /// <param name="image">The page image as it is stored in the PDF.</param>
    /// <param name="cancellationToken">Stops the recognition.</param>
    /// <returns>Each piece of text with its box in the image's pixels (origin top left), or in those of the image turned
    /// upright when the page was scanned sideways or upside down (the reader keeps the scale and only needs the layout to
    /// be consistent); empty when the image holds none.</returns>
    /// <exception cref="InvalidDataException">The image cannot be decoded.</exception>
    IReadOnlyList<RecognizedText> Recognize(ScanImage image, CancellationToken cancellationToken);
}

/// <summary>A page image taken from a PDF, or pasted into a Word document.</summary>
/// <param name="Bytes">An encoded image file: JPEG as scanners store it, or PNG (the reader converts other encodings).</param>
/// <param name="Width">Width in pixels as the container states it; 0 when it does not (a Word picture).</param>
/// <param name="Height">Height in pixels as the container states it; 0 when it does not.</param>
public sealed record ScanImage(byte[] Bytes, int Width, int Height);

/// <summary>A line or piece of a line found in a page image.</summary>
/// <param name="Text">The text as read.</param>
/// <param name="Left">Left edge, in pixels from the image's left.</param>
/// <param name="Top">Top edge, in pixels from the image's top.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels: about the height of the type.</param>
/// <param name="Confidence">The recognizer's mean confidence, 0–1.</param>
public sealed record RecognizedText(string Text, double Left, double Top, double Width, double Height, double Confidence);
