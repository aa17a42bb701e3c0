using Assistant.Knowledge.Sources.Pdf;
using Microsoft.ML.OnnxRuntime;
using SkiaSharp;

namespace Assistant.Indexer.Ocr;

/// <summary>
/// Optical character recognition of scanned pages with PaddleOCR's PP-OCRv4 Chinese models on ONNX Runtime (CPU): lines
/// are detected on the page, then each is read. Pieces read with less than <see cref="MinConfidence"/> are dropped, as
/// PaddleOCR does, so specks and stamps don't become text. A page scanned askew is turned level first. The models are loaded on the first scan, so a build without
/// scans does not pay for them. One instance serves the whole build; it is thread-safe.
/// </summary>
internal sealed class PaddleScanRecognizer : IScanRecognizer, IDisposable
{
    private const double MinConfidence = 0.5;
    // Below this, lines stay within their boxes; beyond the upper bound the page is sideways or the estimate is wrong.
    private const double MinSkewDegrees = 0.2;
    private const double MaxSkewDegrees = 10;
    private readonly Lazy<Models> _models;

    public PaddleScanRecognizer(OcrModels files) => _models = new Lazy<Models>(() => Models.Load(files), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loads the models now; throws <see cref="OnnxRuntimeException"/> when a file is not a model ONNX Runtime reads.</summary>
    public void Load() => _ = _models.Value;

    /// <inheritdoc />
    public IReadOnlyList<RecognizedText> Recognize(ScanImage image, CancellationToken cancellationToken)
    {
        var models = _models.Value;
        using var scanned = Decode(image.Bytes);
        var (boxes, skew) = models.Detector.Detect(scanned, cancellationToken);
        // A sheet fed askew slants every line: boxes then cut through neighbouring lines. The page is turned level and
        // detected again; what is read is set on the levelled page, which is what its layout means.
        using var levelled = Math.Abs(skew) is >= MinSkewDegrees and <= MaxSkewDegrees ? Rotate(scanned, -skew) : null;
        if (levelled is not null)
            boxes = models.Detector.Detect(levelled, cancellationToken).Boxes;
        var bitmap = levelled ?? scanned;
        var lines = new List<SKBitmap>(boxes.Count);
        try
        {
            foreach (var box in boxes)
            {
                var line = new SKBitmap();
                lines.Add(line);
                if (!bitmap.ExtractSubset(line, box))
                    throw new InvalidDataException("a scanned page image could not be cut into lines");
            }
            var read = models.Reader.Read(lines, cancellationToken);
            return boxes
                .Select((box, i) => new RecognizedText(read[i].Text, box.Left, box.Top, box.Width, box.Height, read[i].Confidence))
                .Where(text => text.Confidence >= MinConfidence && text.Text.Trim().Length > 0)
                .ToList();
        }
        finally
        {
            foreach (var line in lines)
                line.Dispose();
        }
    }

    /// <summary>The bitmap turned by <paramref name="degrees"/> (clockwise) about its centre, on white, at its own size.</summary>
    internal static SKBitmap Rotate(SKBitmap bitmap, double degrees)
    {
        var rotated = new SKBitmap(bitmap.Width, bitmap.Height);
        using var canvas = new SKCanvas(rotated);
        canvas.Clear(SKColors.White);
        canvas.RotateDegrees((float)degrees, bitmap.Width / 2f, bitmap.Height / 2f);
        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear));
        return rotated;
    }

    private static SKBitmap Decode(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        return (codec is null ? null : SKBitmap.Decode(codec)) ?? throw new InvalidDataException("a scanned page image could not be decoded");
    }

    public void Dispose()
    {
        if (_models.IsValueCreated)
            _models.Value.Dispose();
    }

    private sealed class Models(InferenceSession detection, InferenceSession recognition, string characters) : IDisposable
    {
        public TextDetector Detector { get; } = new(detection);

        public TextLineRecognizer Reader { get; } = new(recognition, File.ReadLines(characters).Select(line => line.TrimEnd('\r', '\n')));

        public static Models Load(OcrModels files)
        {
            using var options = new SessionOptions { InterOpNumThreads = 1 };
            var detection = new InferenceSession(files.Detection, options);
            try
            {
                return new Models(detection, new InferenceSession(files.Recognition, options), files.Characters);
            }
            catch
            {
                detection.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            detection.Dispose();
            recognition.Dispose();
        }
    }
}
