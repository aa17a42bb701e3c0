using System.Text;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SkiaSharp;

namespace Assistant.Indexer.Ocr;

/// <summary>
/// Reads lines of text with PaddleOCR's recognizer: each line is scaled to 48 pixels high (and padded to at least 320
/// wide), the model gives a distribution over its characters for each slice of the line, and the best character of
/// each slice is kept, repeats merged and blanks dropped (greedy CTC decoding).
/// </summary>
internal sealed class TextLineRecognizer
{
    private const int Height = 48;
    private const int MinWidth = 320;
    // A line longer than this many heights is squeezed into the model's widest input; a page line is far shorter.
    private const int MaxWidth = Height * 60;
    private static readonly float[] Half = [0.5f, 0.5f, 0.5f];

    private readonly InferenceSession _session;
    private readonly string[] _characters;

    public TextLineRecognizer(InferenceSession session, IEnumerable<string> characters)
    {
        _session = session;
        // Index 0 is the blank; the list follows; the model's last class is a space.
        _characters = [string.Empty, .. characters, " "];
    }

    /// <summary>The text of each line and the mean probability of its characters, in the order given.</summary>
    /// <remarks>Each line is read alone. Batches of six (as PaddleOCR reads them on a GPU), padded to the longest line,
    /// were slower here on two cores and misread more (docs/benchmarks.md).</remarks>
    public (string Text, double Confidence)[] Read(IReadOnlyList<SKBitmap> lines, CancellationToken cancellationToken)
    {
        var results = new (string, double)[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var width = Math.Clamp((int)Math.Ceiling(Height * (double)lines[i].Width / lines[i].Height), 1, MaxWidth);
            var input = new DenseTensor<float>([1, 3, Height, Math.Max(MinWidth, width)]);
            OcrTensors.Fill(input, 0, OcrTensors.Pixels(lines[i], width, Height), width, Height, Half, Half);
            using var outputs = _session.Run([NamedOnnxValue.CreateFromTensor(_session.InputNames[0], input)]);
            var scores = outputs[0].AsTensor<float>();
            if (scores.Dimensions[2] != _characters.Length)
                throw new InvalidDataException($"the recognition model has {scores.Dimensions[2]} classes, its character list {_characters.Length - 2} characters");
            results[i] = Decode(scores is DenseTensor<float> dense ? dense.Buffer.Span : scores.ToArray(), scores.Dimensions[2]);
        }
        return results;
    }

    private (string Text, double Confidence) Decode(ReadOnlySpan<float> scores, int classes)
    {
        var text = new StringBuilder();
        var confidence = 0.0;
        var kept = 0;
        var previous = 0;
        for (var t = 0; t + classes <= scores.Length; t += classes)
        {
            var step = scores.Slice(t, classes);
            var best = 0;
            for (var c = 1; c < classes; c++)
            {
                if (step[c] > step[best])
                    best = c;
            }
            if (best != 0 && best != previous)
            {
                text.Append(_characters[best]);
                confidence += step[best];
                kept++;
            }
            previous = best;
        }
        return (text.ToString(), kept > 0 ? confidence / kept : 0);
    }
}
