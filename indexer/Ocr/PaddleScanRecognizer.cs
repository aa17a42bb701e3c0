using Assistant.Knowledge.Sources.Scans;
using Microsoft.ML.OnnxRuntime;
using SkiaSharp;

namespace Assistant.Indexer.Ocr;

/// <summary>
/// Optical character recognition of scanned pages with PaddleOCR's PP-OCRv4 Chinese models on ONNX Runtime (CPU): lines
/// are detected on the page, then each is read. Pieces read with less than <see cref="MinConfidence"/> are dropped, as
/// PaddleOCR does, so specks and stamps don't become text. A page scanned sideways or upside down is turned upright, and
/// one scanned askew level, before it is read. The models are loaded on the first scan, so a build without
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
        var page = Decode(image.Bytes);
        try
        {
            if (PhotographedSheet.Flatten(page) is { } flat)
                (page, _) = Replace(page, (flat, true));
            (page, _) = Replace(page, RedInk.Lift(page));
            (page, _) = Replace(page, Specks.Remove(page));
            var (boxes, skew) = models.Detector.Detect(page, cancellationToken);
            // A page scanned sideways: its lines' boxes stand on end. It is turned a quarter clockwise, and the
            // direction classifier turns it the rest of the way when that left it upside down.
            if (IsSideways(boxes))
                (page, boxes, skew) = Redetect(models, page, Turn(page, 90), cancellationToken);
            if (models.Orientation.IsUpsideDown(page, boxes, cancellationToken))
                (page, boxes, skew) = Redetect(models, page, Turn(page, 180), cancellationToken);
            // A sheet fed askew slants every line, and boxes then cut through neighbouring lines. The page is turned
            // level; what is read is set on the levelled page, which is what its layout means.
            if (Math.Abs(skew) is >= MinSkewDegrees and <= MaxSkewDegrees)
                (page, boxes, _) = Redetect(models, page, Rotate(page, -skew), cancellationToken);
            return Read(models, page, boxes, cancellationToken);
        }
        finally
        {
            page.Dispose();
        }
    }

    private static (SKBitmap Page, T Found) Replace<T>(SKBitmap old, (SKBitmap Page, T Found) cleaned)
    {
        old.Dispose();
        return cleaned;
    }

    // The turned page replaces the old one once it is detected; if detection fails, the caller still owns the old one.
    private static (SKBitmap Page, List<SKRectI> Boxes, double Skew) Redetect(Models models, SKBitmap old, SKBitmap turned, CancellationToken cancellationToken)
    {
        try
        {
            var (boxes, skew) = models.Detector.Detect(turned, cancellationToken);
            old.Dispose();
            return (turned, boxes, skew);
        }
        catch
        {
            turned.Dispose();
            throw;
        }
    }

    // Clearly line-shaped boxes (four times as long as thick) mostly standing on end.
    private static bool IsSideways(List<SKRectI> boxes)
    {
        var lines = boxes.Where(box => Math.Max(box.Width, box.Height) >= 4 * Math.Min(box.Width, box.Height)).ToList();
        var standing = lines.Count(box => box.Height > box.Width);
        return standing > 0 && standing > 2 * (lines.Count - standing);
    }

    private static List<RecognizedText> Read(Models models, SKBitmap page, List<SKRectI> boxes, CancellationToken cancellationToken)
    {
        var lines = new List<SKBitmap>(boxes.Count);
        try
        {
            foreach (var box in boxes)
            {
                var line = new SKBitmap();
                lines.Add(line);
                if (!page.ExtractSubset(line, box))
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

    /// <summary>The bitmap turned a quarter (90), half (180) or three quarters (270) clockwise, whole.</summary>
    internal static SKBitmap Turn(SKBitmap bitmap, int degrees)
    {
        var quarter = degrees is 90 or 270;
        var turned = new SKBitmap(quarter ? bitmap.Height : bitmap.Width, quarter ? bitmap.Width : bitmap.Height);
        using var canvas = new SKCanvas(turned);
        // Whole-pixel offsets, so each pixel lands on a pixel and nothing is resampled.
        canvas.Translate(degrees is 90 or 180 ? turned.Width : 0, degrees is 180 or 270 ? turned.Height : 0);
        canvas.RotateDegrees(degrees);
        canvas.DrawBitmap(bitmap, 0, 0);
        return turned;
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

    private sealed class Models(InferenceSession detection, InferenceSession recognition, InferenceSession direction, string characters) : IDisposable
    {
        public TextDetector Detector { get; } = new(detection);

        public TextOrientation Orientation { get; } = new(direction);

        public TextLineRecognizer Reader { get; } = new(recognition, File.ReadLines(characters).Select(line => line.TrimEnd('\r', '\n')));

        public static Models Load(OcrModels files)
        {
            using var options = new SessionOptions { InterOpNumThreads = 1 };
            var sessions = new List<InferenceSession>();
            try
            {
                foreach (var file in new[] { files.Detection, files.Recognition, files.Direction })
                    sessions.Add(new InferenceSession(file, options));
                return new Models(sessions[0], sessions[1], sessions[2], files.Characters);
            }
            catch
            {
                sessions.ForEach(session => session.Dispose());
                throw;
            }
        }

        public void Dispose()
        {
            detection.Dispose();
            recognition.Dispose();
            direction.Dispose();
        }
    }
}
