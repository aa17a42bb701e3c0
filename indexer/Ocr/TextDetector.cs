using Microsoft.ML.OnnxRuntime;
using SkiaSharp;

namespace Assistant.Indexer.Ocr;

/// <summary>
/// Finds lines of text on a page image with PaddleOCR's DB detector: the model marks the shrunk core of each text line
/// with a probability; cores above <see cref="Threshold"/> are gathered as connected regions, kept when the mean
/// probability over their own pixels reaches <see cref="BoxThreshold"/> (PaddleOCR's exact "slow" score; the mean over
/// the bounding rectangle lost a slightly slanted line at 0.59), and grown back by the distance DB's training shrank them by
/// (area × <see cref="UnclipRatio"/> / perimeter). Boxes are axis-aligned: scanned documents are upright.
/// </summary>
internal sealed class TextDetector(InferenceSession session)
{
    private const float Threshold = 0.3f;
    private const float BoxThreshold = 0.6f;
    private const float UnclipRatio = 1.5f;
    private const int MinSide = 3;
    private const int MaxCandidates = 1000;
    // Long enough a side for a 10 pt line of an A4 page scanned at 150 dpi to stay several pixels high.
    private const int MaxSide = 1280;
    private static readonly float[] Mean = [0.485f, 0.456f, 0.406f];
    private static readonly float[] Deviation = [0.229f, 0.224f, 0.225f];

    /// <summary>The text boxes of the image, in its pixels.</summary>
    public List<SKRectI> Detect(SKBitmap image, CancellationToken cancellationToken)
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
        return Regions(probabilities, width, height)
            .Where(region => region.Score >= BoxThreshold)
            .Select(region => Unclip(region.Box))
            .OfType<SKRectI>()
            .Select(box => SKRectI.Intersect(
                new SKRectI((int)(box.Left * xScale), (int)(box.Top * yScale), (int)Math.Ceiling(box.Right * xScale), (int)Math.Ceiling(box.Bottom * yScale)),
                new SKRectI(0, 0, image.Width, image.Height)))
            .Where(box => box.Width > 0 && box.Height > 0)
            .ToList();
    }

    // Connected regions (8-neighbourhood) of pixels above the threshold: bounding box and mean probability.
    private static List<(SKRectI Box, double Score)> Regions(float[] probabilities, int width, int height)
    {
        var visited = new bool[probabilities.Length];
        var regions = new List<(SKRectI, double)>();
        var stack = new Stack<int>();
        for (var start = 0; start < probabilities.Length && regions.Count < MaxCandidates; start++)
        {
            if (visited[start] || probabilities[start] <= Threshold)
                continue;
            int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1, pixels = 0;
            var sum = 0.0;
            visited[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var at = stack.Pop();
                int x = at % width, y = at / width;
                sum += probabilities[at];
                pixels++;
                left = Math.Min(left, x);
                right = Math.Max(right, x);
                top = Math.Min(top, y);
                bottom = Math.Max(bottom, y);
                for (var dy = -1; dy <= 1; dy++)
                {
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        int nx = x + dx, ny = y + dy;
                        if (nx < 0 || ny < 0 || nx >= width || ny >= height)
                            continue;
                        var next = ny * width + nx;
                        if (!visited[next] && probabilities[next] > Threshold)
                        {
                            visited[next] = true;
                            stack.Push(next);
                        }
                    }
                }
            }
            regions.Add((new SKRectI(left, top, right + 1, bottom + 1), sum / pixels));
        }
        return regions;
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
