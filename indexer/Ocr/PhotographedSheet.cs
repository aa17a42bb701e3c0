using SkiaSharp;

namespace Assistant.Indexer.Ocr;

/// <summary>
/// Flattens a photographed sheet: a notice photographed with a phone lies on a darker desk or wall, seen at an angle,
/// so its edges form a quadrilateral rather than the image's rectangle, and its lines converge. The sheet is found as
/// the largest bright region of a small grey copy of the photo (threshold between paper and background by Otsu's
/// method), its corners as the region's extreme points, and the sheet is mapped back onto a rectangle by the
/// perspective transform those corners define. Scans fill their image, so they are left as they are.
/// </summary>
internal static class PhotographedSheet
{
    private const int AnalysisSide = 400;
    // The sheet must be most of the photo, yet clearly not all of it: a scan's paper reaches the image's corners.
    private const double MinSheetShare = 0.2;
    private const double MinCornerInset = 0.03;
    // Paper is brighter than the background by a clear margin, or there is no sheet to tell apart.
    private const int MinContrast = 40;

    /// <summary>The sheet mapped onto a rectangle, or null when the image is not a photographed sheet.</summary>
    public static SKBitmap? Flatten(SKBitmap photo)
    {
        var scale = Math.Min(1.0, (double)AnalysisSide / Math.Max(photo.Width, photo.Height));
        int width = Math.Max(1, (int)(photo.Width * scale)), height = Math.Max(1, (int)(photo.Height * scale));
        using var small = photo.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul), new SKSamplingOptions(SKFilterMode.Linear));
        if (small is null)
            return null;
        var grey = Grey(small);
        var (threshold, contrast) = Otsu(grey);
        if (contrast < MinContrast)
            return null;
        var sheet = LargestBrightRegion(grey, width, height, threshold);
        if (sheet.Count < MinSheetShare * width * height)
            return null;
        var corners = Corners(sheet, width).Select(p => new SKPoint((float)(p.X / scale), (float)(p.Y / scale))).ToArray();
        if (!IsPhotographed(corners, photo.Width, photo.Height))
            return null;
        return Warp(photo, corners);
    }

    private static byte[] Grey(SKBitmap bitmap)
    {
        var pixels = bitmap.GetPixelSpan();
        var grey = new byte[bitmap.Width * bitmap.Height];
        for (var i = 0; i < grey.Length; i++)
            grey[i] = (byte)Luminance.Of(pixels, i);
        return grey;
    }

    // The threshold that best splits the grey levels in two, and the distance between the two classes' means.
    private static (int Threshold, double Contrast) Otsu(byte[] grey)
    {
        var histogram = new long[256];
        foreach (var value in grey)
            histogram[value]++;
        double total = grey.Length, sum = 0;
        for (var i = 0; i < 256; i++)
            sum += i * histogram[i];
        double below = 0, sumBelow = 0, best = -1;
        var threshold = 128;
        var contrast = 0.0;
        for (var t = 0; t < 256; t++)
        {
            below += histogram[t];
            if (below == 0 || below == total)
                continue;
            sumBelow += t * histogram[t];
            double meanBelow = sumBelow / below, meanAbove = (sum - sumBelow) / (total - below);
            var between = below * (total - below) * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best)
            {
                (best, threshold, contrast) = (between, t, meanAbove - meanBelow);
            }
        }
        return (threshold, contrast);
    }

    private static List<int> LargestBrightRegion(byte[] grey, int width, int height, int threshold)
    {
        var seen = new bool[grey.Length];
        var region = new List<int>();
        var largest = new List<int>();
        for (var start = 0; start < grey.Length; start++)
        {
            if (seen[start] || grey[start] <= threshold)
                continue;
            PixelRegions.Grow(start, width, height, at => grey[at] > threshold, seen, region);
            if (region.Count > largest.Count)
                (largest, region) = (region, new List<int>(region.Count));
        }
        return largest;
    }

    // Top left, top right, bottom right, bottom left: the region's extreme points along the two diagonals.
    private static SKPoint[] Corners(List<int> region, int width)
    {
        SKPoint topLeft = default, topRight = default, bottomRight = default, bottomLeft = default;
        int minSum = int.MaxValue, maxSum = int.MinValue, maxDiff = int.MinValue, minDiff = int.MaxValue;
        foreach (var at in region)
        {
            int x = at % width, y = at / width;
            if (x + y < minSum) (minSum, topLeft) = (x + y, new SKPoint(x, y));
            if (x + y > maxSum) (maxSum, bottomRight) = (x + y, new SKPoint(x + 1, y + 1));
            if (x - y > maxDiff) (maxDiff, topRight) = (x - y, new SKPoint(x + 1, y));
            if (x - y < minDiff) (minDiff, bottomLeft) = (x - y, new SKPoint(x, y + 1));
        }
        return [topLeft, topRight, bottomRight, bottomLeft];
    }

    // At least one corner well inside the image, and the four make a convex quadrilateral of sensible shape.
    private static bool IsPhotographed(SKPoint[] corners, int width, int height)
    {
        SKPoint[] frame = [new(0, 0), new(width, 0), new(width, height), new(0, height)];
        var inset = corners.Zip(frame, (c, f) => Math.Max(Math.Abs(c.X - f.X) / width, Math.Abs(c.Y - f.Y) / height)).Max();
        if (inset < MinCornerInset)
            return false;
        for (var i = 0; i < 4; i++)
        {
            SKPoint a = corners[i], b = corners[(i + 1) % 4], c = corners[(i + 2) % 4];
            if ((b.X - a.X) * (c.Y - b.Y) - (b.Y - a.Y) * (c.X - b.X) <= 0)
                return false;
        }
        return true;
    }

    // The sheet's quadrilateral mapped onto a rectangle as wide and high as its longer opposite sides, sampled
    // bilinearly through the perspective transform from the rectangle back to the photo.
    private static SKBitmap Warp(SKBitmap photo, SKPoint[] corners)
    {
        static double Length(SKPoint a, SKPoint b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
        var width = (int)Math.Max(Length(corners[0], corners[1]), Length(corners[3], corners[2]));
        var height = (int)Math.Max(Length(corners[0], corners[3]), Length(corners[1], corners[2]));
        var h = Homography([new(0, 0), new(width, 0), new(width, height), new(0, height)], corners);
        using var source = photo.Copy(SKColorType.Rgba8888);
        var input = source.GetPixelSpan();
        var flat = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var output = flat.GetPixelSpan();
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var w = h[6] * x + h[7] * y + 1;
                var sx = (h[0] * x + h[1] * y + h[2]) / w;
                var sy = (h[3] * x + h[4] * y + h[5]) / w;
                Sample(input, source.Width, source.Height, sx, sy, output.Slice((y * width + x) * 4, 4));
            }
        }
        return flat;
    }

    private static void Sample(ReadOnlySpan<byte> pixels, int width, int height, double x, double y, Span<byte> into)
    {
        x = Math.Clamp(x, 0, width - 1.001);
        y = Math.Clamp(y, 0, height - 1.001);
        int x0 = (int)x, y0 = (int)y;
        double fx = x - x0, fy = y - y0;
        int topLeft = (y0 * width + x0) * 4, bottomLeft = topLeft + width * 4;
        for (var channel = 0; channel < 4; channel++)
        {
            var top = pixels[topLeft + channel] * (1 - fx) + pixels[topLeft + 4 + channel] * fx;
            var bottom = pixels[bottomLeft + channel] * (1 - fx) + pixels[bottomLeft + 4 + channel] * fx;
            into[channel] = (byte)Math.Round(top * (1 - fy) + bottom * fy);
        }
    }

    /// <summary>The perspective transform taking each of four points to its partner (h33 = 1), as the eight
    /// coefficients h11 h12 h13 h21 h22 h23 h31 h32.</summary>
    internal static double[] Homography(SKPoint[] from, SKPoint[] to)
    {
        var a = new double[8, 9];
        for (var i = 0; i < 4; i++)
        {
            double x = from[i].X, y = from[i].Y, u = to[i].X, v = to[i].Y;
            double[] rowU = [x, y, 1, 0, 0, 0, -u * x, -u * y, u];
            double[] rowV = [0, 0, 0, x, y, 1, -v * x, -v * y, v];
            for (var j = 0; j < 9; j++)
            {
                a[2 * i, j] = rowU[j];
                a[2 * i + 1, j] = rowV[j];
            }
        }
        // Gaussian elimination with partial pivoting on the 8 × 8 system.
        for (var column = 0; column < 8; column++)
        {
            var pivot = column;
            for (var row = column + 1; row < 8; row++)
            {
                if (Math.Abs(a[row, column]) > Math.Abs(a[pivot, column]))
                    pivot = row;
            }
            for (var j = 0; j < 9; j++)
                (a[column, j], a[pivot, j]) = (a[pivot, j], a[column, j]);
            for (var row = 0; row < 8; row++)
            {
                if (row == column || a[column, column] == 0)
                    continue;
                var factor = a[row, column] / a[column, column];
                for (var j = column; j < 9; j++)
                    a[row, j] -= factor * a[column, j];
            }
        }
        var h = new double[8];
        for (var i = 0; i < 8; i++)
            h[i] = a[i, i] == 0 ? 0 : a[i, 8] / a[i, i];
        return h;
    }
}
