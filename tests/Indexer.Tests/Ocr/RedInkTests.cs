using Assistant.Indexer.Ocr;
using SkiaSharp;

namespace Assistant.Indexer.Tests.Ocr;

public sealed class RedInkTests
{
    [Fact]
    public void A_seals_red_ink_is_lifted_while_type_under_it_and_a_red_letterhead_stay()
    {
        using var page = new SKBitmap(100, 200);
        using (var canvas = new SKCanvas(page))
        {
            canvas.Clear(SKColors.White);
            using var black = new SKPaint { Color = SKColors.Black };
            using var red = new SKPaint { Color = new SKColor(225, 30, 40) };
            using var pink = new SKPaint { Color = new SKColor(240, 170, 175) };
            using var blue = new SKPaint { Color = new SKColor(20, 40, 160) };
            canvas.DrawRect(new SKRect(10, 10, 90, 20), red);      // the letterhead, in the top quarter
            canvas.DrawRect(new SKRect(10, 100, 90, 110), red);    // the seal's ring, over the text
            canvas.DrawRect(new SKRect(10, 112, 90, 114), pink);   // its faint edge
            canvas.DrawRect(new SKRect(40, 90, 45, 120), black);   // a stroke the ring crosses
            canvas.DrawRect(new SKRect(60, 130, 65, 150), blue);   // a signature in blue ink
        }

        var (lifted, found) = RedInk.Lift(page);
        using (lifted)
        {
            Assert.True(found);
            Assert.Equal(SKColors.White, lifted.GetPixel(20, 105).WithAlpha(255));
            Assert.Equal(SKColors.White, lifted.GetPixel(20, 113).WithAlpha(255));
            Assert.Equal(SKColors.Black, lifted.GetPixel(42, 105).WithAlpha(255));
            Assert.True(lifted.GetPixel(62, 140).Red < 64, "blue ink stays dark");
            Assert.Equal(new SKColor(225, 30, 40), lifted.GetPixel(20, 15).WithAlpha(255));
        }
    }

    [Fact]
    public void A_page_without_red_ink_is_left_as_it_is()
    {
        using var page = new SKBitmap(100, 200);
        using (var canvas = new SKCanvas(page))
        {
            canvas.Clear(new SKColor(250, 248, 240));
            using var ink = new SKPaint { Color = new SKColor(60, 60, 90) };
            canvas.DrawRect(new SKRect(10, 100, 90, 110), ink);
        }

        var (lifted, found) = RedInk.Lift(page);
        using (lifted)
        {
            Assert.False(found);
            Assert.Equal(new SKColor(60, 60, 90), lifted.GetPixel(20, 105).WithAlpha(255));
            Assert.Equal(new SKColor(250, 248, 240), lifted.GetPixel(5, 5).WithAlpha(255));
        }
    }
}
