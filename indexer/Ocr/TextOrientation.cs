using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SkiaSharp;

namespace Assistant.Indexer.Ocr;

/// <summary>
/// Tells a page scanned upside down from an upright one with PaddleOCR's text direction classifier: each of the page's
/// longest lines, scaled to 48 × 192 pixels, is classed as 0° or 180°; the page is upside down when most of them say
/// 180° with confidence.
/// </summary>
internal sealed class TextOrientation(InferenceSession session)
{
    private const int Height = 48;
    private const int Width = 192;
    private const int SampledLines = 20;
    private const float Confident = 0.9f;
    private static readonly float[] Half = [0.5f, 0.5f, 0.5f];

    /// <summary>True when most sampled lines read upside down.</summary>
    public bool IsUpsideDown(SKBitmap page, IReadOnlyList<SKRectI> boxes, CancellationToken cancellationToken)
    {
        var sample = boxes.Where(box => box.Width > box.Height).OrderByDescending(box => box.Width).Take(SampledLines).ToList();
        if (sample.Count == 0)
            return false;
        var input = new DenseTensor<float>([sample.Count, 3, Height, Width]);
        for (var i = 0; i < sample.Count; i++)
        {
            using var line = new SKBitmap();
            if (!page.ExtractSubset(line, sample[i]))
                continue;
            var width = Math.Clamp((int)Math.Ceiling(Height * (double)line.Width / line.Height), 1, Width);
            OcrTensors.Fill(input, i, OcrTensors.Pixels(line, width, Height), width, Height, Half, Half);
        }
        cancellationToken.ThrowIfCancellationRequested();
        using var outputs = session.Run([NamedOnnxValue.CreateFromTensor(session.InputNames[0], input)]);
        var scores = outputs[0].AsTensor<float>();
        var upsideDown = Enumerable.Range(0, sample.Count).Count(i => scores[i, 1] >= Confident);
        return upsideDown * 2 > sample.Count;
    }
}
