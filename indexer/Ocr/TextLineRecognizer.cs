using System.Text;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SkiaSharp;

namespace Assistant.Indexer.Ocr;

/// <summary>
/// Reads lines of text with PaddleOCR's recognizer: each line is scaled to 48 pixels high, lines of similar length are
/// read together (padded to the longest, at least 320 wide), the model gives a distribution over its characters for
/// each slice of a line, and the best character of each slice is kept, repeats merged and blanks dropped (greedy CTC
/// decoding).
/// </summary>
internal sealed class TextLineRecognizer
{
    private const int Height = 48;
    private const int MinWidth = 320;
    // A line longer than this many heights is squeezed into the model's widest input; a page line is far shorter.
    private const int MaxWidth = Height * 60;
    // Batches of 6 lines (as PaddleOCR reads them on a GPU) were slower here on CPU, and padding shorter lines to the
    // longest cost accuracy; so each line is read alone.
    private const int BatchSize = 1;
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
    public (string Text, double Confidence)[] Read(IReadOnlyList<SKBitmap> lines, CancellationToken cancellationToken)
    {
        var results = new (string, double)[lines.Count];
        var widths = lines.Select(line => Math.Clamp((int)Math.Ceiling(Height * (double)line.Width / line.Height), 1, MaxWidth)).ToArray();
        var order = Enumerable.Range(0, lines.Count).OrderBy(i => widths[i]).ToArray();
        foreach (var batch in order.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tensorWidth = Math.Max(MinWidth, batch.Max(i => widths[i]));
            var input = new DenseTensor<float>([batch.Length, 3, Height, tensorWidth]);
            for (var b = 0; b < batch.Length; b++)
            {
                var line = batch[b];
                OcrTensors.Fill(input, b, OcrTensors.Pixels(lines[line], widths[line], Height), widths[line], Height, Half, Half);
            }
            using var outputs = _session.Run([NamedOnnxValue.CreateFromTensor(_session.InputNames[0], input)]);
            var scores = outputs[0].AsTensor<float>();
            if (scores.Dimensions[2] != _characters.Length)
                throw new InvalidDataException($"the recognition model has {scores.Dimensions[2]} classes, its character list {_characters.Length - 2} characters");
            var all = scores is DenseTensor<float> dense ? dense.Buffer.Span : scores.ToArray();
            var perLine = scores.Dimensions[1] * scores.Dimensions[2];
            for (var b = 0; b < batch.Length; b++)
                results[batch[b]] = Decode(all.Slice(b * perLine, perLine), scores.Dimensions[2]);
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
