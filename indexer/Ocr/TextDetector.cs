using Microsoft.ML.OnnxRuntime;
using SkiaSharp;

namespace Assistant.Indexer.Ocr;

/// <summary>
/// Finds lines of text on a page image with PaddleOCR's DB detector: the model marks the shrunk core of each text line
/// with a probability; cores above <see cref="Threshold"/> are gathered as connected regions, kept when the mean
/// probability over their own pixels reaches <see cref="BoxThreshold"/> (PaddleOCR's exact "slow" score; the mean over
/// the bounding rectangle lost a slightly slanted line at 0.59), and grown back by the distance DB's training shrank them by
/// (area × <see cref="UnclipRatio"/> / perimeter). Boxes are axis-aligned: the recognizer turns a page upright and
/// level, from the slant this detector measures, before its lines are cut out.
/// </summary>
internal sealed class TextDetector(InferenceSession session)
{
    private const float Threshold = 0.3f;
    private const float BoxThreshold = 0.6f;
    private const float UnclipRatio = 1.5f;
    private const int MinSide = 3;
    private const int MaxCandidates = 1000;
    // In detection-map pixels: lines shorter than this say little about the page's slant.
    private const double MinLineLength = 100;
    // Long enough a side for a 10 pt line of an A4 page scanned at 150 dpi to stay several pixels high.
    private const int MaxSide = 1280;
    private static readonly float[] Mean = [0.485f, 0.456f, 0.406f];
    private static readonly float[] Deviation = [0.229f, 0.224f, 0.225f];

    /// <summary>The text boxes of the image, in its pixels, and the slant of its text lines in degrees (positive when
    /// lines fall to the right, as on a sheet fed turned clockwise; 0 when there are too few long lines to tell).</summary>
    public (List<SKRectI> Boxes, double SkewDegrees) Detect(SKBitmap image, CancellationToken cancellationToken)
    {
        var scale = Math.Min(1.0, (double)MaxSide / Math.Max(image.Width, image.Height));
        var width = Math.Max(32, (int)Math.Round(image.Width * scale / 32) * 32);
        var height = Math.Max(32, (int)Math.Round(image.Height * scale / 32) * 32);
        var input = OcrTensors.Planar(OcrTensors.Pixels(image, width, height), width, height, Mean, Deviation);
        cancellationToken.ThrowIfCancellationRequested();
        using var outputs = session.Run([NamedOnnxValue.CreateFromTensor(session.InputNames[0], input)]);
        var probabilities = outputs[0].AsEnumerable<float>().ToArray();
        if (probabilities.Length != width * height)
            throw new InvalidDataException($"the text detection model answered {probabilities.Length} values for a {width}×{height} image");
        var xScale = (double)image.Width / width;
        var yScale = (double)image.Height / height;
        var regions = Regions(probabilities, width, height).Where(region => region.Score >= BoxThreshold).ToList();
        var boxes = regions
            .Select(region => Unclip(region.Box))
            .OfType<SKRectI>()
            .Select(box => SKRectI.Intersect(
                new SKRectI((int)(box.Left * xScale), (int)(box.Top * yScale), (int)Math.Ceiling(box.Right * xScale), (int)Math.Ceiling(box.Bottom * yScale)),
                new SKRectI(0, 0, image.Width, image.Height)))
            .Where(box => box.Width > 0 && box.Height > 0)
            .ToList();
        return (boxes, Skew(regions, xScale / yScale));
    }

    // The slant of a page's text: the median direction of its long regions (a line's core is a thin band along the
    // line; its principal axis, from the second moments of its pixels, is the line's direction), each counted once
    // per pixel of its length, so a few short words don't decide.
    private static double Skew(List<Region> regions, double aspect)
    {
        var lines = regions.Where(r => r.Length >= MinLineLength && r.Length >= 8 * r.Thickness).ToList();
        if (lines.Count < 3)
            return 0;
        var angles = lines.SelectMany(r => Enumerable.Repeat(r.AngleDegrees(aspect), (int)r.Length)).Order().ToList();
        return angles[angles.Count / 2];
    }

    // Connected regions (8-neighbourhood) of pixels above the threshold: bounding box, mean probability and moments.
    private static List<Region> Regions(float[] probabilities, int width, int height)
    {
        var seen = new bool[probabilities.Length];
        var regions = new List<Region>();
        var pixels = new List<int>();
        for (var start = 0; start < probabilities.Length && regions.Count < MaxCandidates; start++)
        {
            if (seen[start] || probabilities[start] <= Threshold)
                continue;
            PixelRegions.Grow(start, width, height, at => probabilities[at] > Threshold, seen, pixels);
            int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
            double sum = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
            foreach (var at in pixels)
            {
                int x = at % width, y = at / width;
                sum += probabilities[at];
                sx += x;
                sy += y;
                sxx += (double)x * x;
                syy += (double)y * y;
                sxy += (double)x * y;
                left = Math.Min(left, x);
                right = Math.Max(right, x);
                top = Math.Min(top, y);
                bottom = Math.Max(bottom, y);
            }
            var count = pixels.Count;
            var (mx, my) = (sx / count, sy / count);
            regions.Add(new Region(new SKRectI(left, top, right + 1, bottom + 1), sum / count,
                sxx / count - mx * mx, syy / count - my * my, sxy / count - mx * my));
        }
        return regions;
    }

    private sealed record Region(SKRectI Box, double Score, double VarianceX, double VarianceY, double Covariance)
    {
        // The spread along and across the principal axis (the eigenvalues of the covariance), as lengths.
        private double Trace => VarianceX + VarianceY;

        private double Spread => Math.Sqrt(Math.Pow((VarianceX - VarianceY) / 2, 2) + Covariance * Covariance);

        public double Length => Math.Sqrt(12 * (Trace / 2 + Spread));

        public double Thickness => Math.Sqrt(12 * Math.Max(0, Trace / 2 - Spread));

        /// <summary>The principal axis's angle in the original image, whose pixels are <paramref name="aspect"/> times as
        /// wide (x) as high (y) in this map.</summary>
        public double AngleDegrees(double aspect)
        {
            var angle = 0.5 * Math.Atan2(2 * Covariance, VarianceX - VarianceY);
            return Math.Atan(Math.Tan(angle) / aspect) * 180 / Math.PI;
        }
    }

    private static SKRectI? Unclip(SKRectI region)
    {
        if (Math.Min(region.Width, region.Height) < MinSide)
            return null;
        var distance = region.Width * region.Height * UnclipRatio / (2.0 * (region.Width + region.Height));
        var grow = (int)Math.Round(distance);
        var box = new SKRectI(region.Left - grow, region.Top - grow, region.Right + grow, region.Bottom + grow);
        return Math.Min(box.Width, box.Height) < MinSide + 2 ? null : box;
    }
}
