namespace Assistant.Indexer.Ocr;

/// <summary>The brightness of an RGBA pixel as the eye weighs its channels (ITU-R BT.601), 0–255.</summary>
internal static class Luminance
{
    public static int Of(ReadOnlySpan<byte> rgba, int pixel) =>
        (rgba[pixel * 4] * 299 + rgba[pixel * 4 + 1] * 587 + rgba[pixel * 4 + 2] * 114) / 1000;
}
