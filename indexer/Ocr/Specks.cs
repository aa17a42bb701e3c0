using SkiaSharp;

namespace Assistant.Indexer.Ocr;

/// <summary>
/// Removes specks from a scanned page: dark spots of a few pixels with nothing dark around them (dust on the glass, a
/// worn drum). The detector takes such spots next to a line as part of it, which widens the line's box and throws off
/// the type size the title is found by. Strokes and punctuation are larger and are left alone.
/// </summary>
internal static class Specks
{
    // At 150 dpi a full stop (。) covers some 25 pixels; a speck a handful.
    private const int MaxSpeckPixels = 4;
    private const int Dark = 128;

    /// <summary>A copy of the page with its specks painted white, and how many were removed.</summary>
    public static (SKBitmap Page, int Removed) Remove(SKBitmap page)
    {
        var copy = page.Copy(SKColorType.Rgba8888);
        var pixels = copy.GetPixelSpan();
        int width = copy.Width, height = copy.Height;
        var dark = new bool[width * height];
        for (var i = 0; i < dark.Length; i++)
            dark[i] = Luminance.Of(pixels, i) < Dark;
        var seen = new bool[dark.Length];
        var spot = new List<int>();
        var removed = 0;
        for (var start = 0; start < dark.Length; start++)
        {
            if (!dark[start] || seen[start])
                continue;
            // The whole dark region, so that no part of a stroke is ever judged alone.
            PixelRegions.Grow(start, width, height, at => dark[at], seen, spot);
            if (spot.Count > MaxSpeckPixels)
                continue;
            foreach (var at in spot)
            {
                pixels[at * 4] = pixels[at * 4 + 1] = pixels[at * 4 + 2] = 255;
            }
            removed++;
        }
        return (copy, removed);
    }
}
