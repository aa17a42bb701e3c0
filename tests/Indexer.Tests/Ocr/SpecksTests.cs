using Assistant.Indexer.Ocr;
using SkiaSharp;

namespace Assistant.Indexer.Tests.Ocr;

public sealed class SpecksTests
{
    [Fact]
    public void SpecksAreRemovedAndStrokesAndFullStopsKept()
    {
        using var page = new SKBitmap(60, 40);
        using (var canvas = new SKCanvas(page))
        {
            canvas.Clear(SKColors.White);
            using var ink = new SKPaint { Color = SKColors.Black };
            canvas.DrawRect(new SKRect(5, 5, 45, 7), ink);   // a stroke, 40 × 2
            canvas.DrawRect(new SKRect(50, 30, 55, 35), ink); // a full stop, 5 × 5
        }
        page.SetPixel(20, 20, SKColors.Black);               // specks: one pixel, and two touching
        page.SetPixel(30, 25, new SKColor(30, 30, 30));
        page.SetPixel(31, 25, new SKColor(30, 30, 30));
        page.SetPixel(10, 7, SKColors.Black);                // touching the stroke: part of it

        var (cleaned, removed) = Specks.Remove(page);
        using (cleaned)
        {
            Assert.Equal(2, removed);
            Assert.Equal(SKColors.White, cleaned.GetPixel(20, 20).WithAlpha(255));
            Assert.Equal(SKColors.White, cleaned.GetPixel(31, 25).WithAlpha(255));
            Assert.Equal(SKColors.Black, cleaned.GetPixel(10, 7).WithAlpha(255));
            Assert.Equal(SKColors.Black, cleaned.GetPixel(25, 6).WithAlpha(255));
            Assert.Equal(SKColors.Black, cleaned.GetPixel(52, 32).WithAlpha(255));
        }
    }
}
