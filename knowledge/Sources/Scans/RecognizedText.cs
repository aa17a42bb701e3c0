namespace Assistant.Knowledge.Sources.Scans;

/// <summary>A line or piece of a line found in a page image.</summary>
/// <param name="Text">The text as read.</param>
/// <param name="Left">Left edge, in pixels from the image's left.</param>
/// <param name="Top">Top edge, in pixels from the image's top.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels: about the height of the type.</param>
/// <param name="Confidence">The recognizer's mean confidence, 0–1.</param>
public sealed record RecognizedText(string Text, double Left, double Top, double Width, double Height, double Confidence);
