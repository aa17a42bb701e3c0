using Assistant.Knowledge.Sources.Scans;

namespace Assistant.Knowledge.Tests.Sources.Scans;

/// <summary>A scan recognizer that answers each call with the next page's canned pieces of text, as a real one would
/// for the fixture's pages, and keeps the images it was given.</summary>
internal sealed class CannedRecognizer(IReadOnlyList<IReadOnlyList<RecognizedText>> pages, Action? onRecognize = null) : IScanRecognizer
{
    private int _calls;

    public int Pages => _calls;

    public List<ScanImage> Images { get; } = [];

    public IReadOnlyList<RecognizedText> Recognize(ScanImage image, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls) - 1;
        lock (Images)
            Images.Add(image);
        onRecognize?.Invoke();
        cancellationToken.ThrowIfCancellationRequested();
        return pages[call];
    }
}
