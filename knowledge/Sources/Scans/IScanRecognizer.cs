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
