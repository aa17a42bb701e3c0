using Microsoft.ML.OnnxRuntime.Tensors;
using SkiaSharp;

namespace Assistant.Indexer.Ocr;

/// <summary>Images resized and turned into the planar tensors PaddleOCR's models were trained on: blue, green, red
/// planes (OpenCV's channel order), each channel normalized by its own mean and deviation.</summary>
internal static class OcrTensors
{
    /// <summary>The bitmap scaled to <paramref name="width"/> × <paramref name="height"/> (bilinear), as RGBA bytes.</summary>
    public static byte[] Pixels(SKBitmap bitmap, int width, int height)
    {
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var scaled = new SKBitmap(info);
        using (var canvas = new SKCanvas(scaled))
        {
            canvas.Clear(SKColors.White);
            using var image = SKImage.FromBitmap(bitmap);
            canvas.DrawImage(image, new SKRect(0, 0, width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }
        return scaled.GetPixelSpan().ToArray();
    }

    /// <summary>A 1 × 3 × height × width tensor of the pixels, <c>(value / 255 − mean) / deviation</c> per channel.</summary>
    public static DenseTensor<float> Planar(byte[] rgba, int width, int height, ReadOnlySpan<float> mean, ReadOnlySpan<float> deviation)
    {
        var tensor = new DenseTensor<float>([1, 3, height, width]);
        Fill(tensor, 0, rgba, width, height, mean, deviation);
        return tensor;
    }

    /// <summary>Writes the pixels into item <paramref name="item"/> of a batch × 3 × H × W tensor, from the left; the
    /// rest of each row keeps its 0 (padding).</summary>
    public static void Fill(DenseTensor<float> tensor, int item, byte[] rgba, int width, int height, ReadOnlySpan<float> mean, ReadOnlySpan<float> deviation)
    {
        var tensorWidth = tensor.Dimensions[3];
        var plane = tensor.Dimensions[2] * tensorWidth;
        var buffer = tensor.Buffer.Span[(item * 3 * plane)..];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var source = (y * width + x) * 4;
                var target = y * tensorWidth + x;
                // Channel 0 is blue, 1 green, 2 red.
                for (var c = 0; c < 3; c++)
                    buffer[c * plane + target] = (rgba[source + 2 - c] / 255f - mean[c]) / deviation[c];
            }
        }
    }
}
