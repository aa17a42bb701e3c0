using SkiaSharp;

namespace Assistant.Indexer.Ocr;

/// <summary>
/// Lifts red ink off a colour scan: official documents are stamped with a red seal, often across the text it
/// authenticates, and the detector takes its ring, star and lettering for strokes of the characters under it. Seen
/// through the red channel alone, red ink is almost as light as the paper while black and blue type stay dark, so the
/// page is set in its red channel, lightened by how much redder than the rest each pixel is. The top quarter of the page is left as it is: a red letterhead (…工会文件) is
/// printed there, and it names the issuer and the document's kind.
/// </summary>
internal static class RedInk
{
    // Ink is red when its red channel clearly outweighs both others; a seal covers some thousands of pixels.
    private const int MinRed = 140;
    private const int MinLead = 80;
    private const double MinShare = 0.001;
    private const double LetterheadShare = 0.25;

    /// <summary>A copy of the page with red ink below its top quarter lifted, and whether any was found.</summary>
    public static (SKBitmap Page, bool Lifted) Lift(SKBitmap page)
    {
        var copy = page.Copy(SKColorType.Rgba8888);
        var pixels = copy.GetPixelSpan();
        var from = (int)(copy.Height * LetterheadShare) * copy.Width;
        var red = 0;
        for (var i = from; i < copy.Width * copy.Height; i++)
        {
            if (IsRed(pixels[i * 4], pixels[i * 4 + 1], pixels[i * 4 + 2]))
                red++;
        }
        if (red < MinShare * copy.Width * copy.Height)
            return (copy, false);
        for (var i = from; i < copy.Width * copy.Height; i++)
        {
            int r = pixels[i * 4], lead = r - Math.Max(pixels[i * 4 + 1], pixels[i * 4 + 2]);
            // The red channel, lightened further by how much redder than the rest the pixel is: the faint pink of a
            // seal's edges and of JPEG's colour bleeding goes to the paper's white with the ink itself.
            pixels[i * 4] = pixels[i * 4 + 1] = pixels[i * 4 + 2] = (byte)Math.Min(255, r + Math.Max(0, lead));
        }
        return (copy, true);
    }

    private static bool IsRed(byte r, byte g, byte b) => r >= MinRed && r - Math.Max(g, b) >= MinLead;
}
