using Assistant.Indexer.Ocr;
using SkiaSharp;

namespace Assistant.Indexer.Tests.Ocr;

public sealed class PhotographedSheetTests
{
    [Fact]
    public void The_homography_takes_each_corner_to_its_partner()
    {
        SKPoint[] from = [new(0, 0), new(100, 0), new(100, 140), new(0, 140)];
        SKPoint[] to = [new(12, 8), new(95, 15), new(99, 150), new(4, 138)];

        var h = PhotographedSheet.Homography(from, to);

        for (var i = 0; i < 4; i++)
        {
            var w = h[6] * from[i].X + h[7] * from[i].Y + 1;
            Assert.Equal(to[i].X, (h[0] * from[i].X + h[1] * from[i].Y + h[2]) / w, 3);
            Assert.Equal(to[i].Y, (h[3] * from[i].X + h[4] * from[i].Y + h[5]) / w, 3);
        }
    }

    [Fact]
    public void A_sheet_seen_at_an_angle_on_a_darker_desk_is_mapped_onto_a_rectangle()
    {
        using var photo = new SKBitmap(400, 500);
        using (var canvas = new SKCanvas(photo))
        {
            canvas.Clear(new SKColor(70, 62, 55));
            using var paper = new SKPaint { Color = new SKColor(235, 235, 230), IsAntialias = true };
            using var sheet = new SKPath();
            sheet.MoveTo(40, 30);
            sheet.LineTo(360, 50);
            sheet.LineTo(380, 470);
            sheet.LineTo(20, 450);
            sheet.Close();
            canvas.DrawPath(sheet, paper);
        }

        using var flat = PhotographedSheet.Flatten(photo);

        Assert.NotNull(flat);
        Assert.InRange(flat.Width, 350, 370);
        Assert.InRange(flat.Height, 410, 430);
        // All paper now: the desk is gone from the corners.
        Assert.True(flat.GetPixel(3, 3).Red > 200 && flat.GetPixel(flat.Width - 4, flat.Height - 4).Red > 200, "the corners are paper");
    }

    [Fact]
    public void A_scan_that_fills_its_image_is_left_as_it_is()
    {
        using var scan = new SKBitmap(400, 500);
        using (var canvas = new SKCanvas(scan))
        {
            canvas.Clear(SKColors.White);
            using var ink = new SKPaint { Color = SKColors.Black };
            for (var line = 0; line < 20; line++)
                canvas.DrawRect(new SKRect(40, 40 + line * 20, 360, 48 + line * 20), ink);
        }
        using var blank = new SKBitmap(400, 500);
        using (var canvas = new SKCanvas(blank))
            canvas.Clear(new SKColor(128, 128, 128));

        Assert.Null(PhotographedSheet.Flatten(scan));
        Assert.Null(PhotographedSheet.Flatten(blank));
    }
}
