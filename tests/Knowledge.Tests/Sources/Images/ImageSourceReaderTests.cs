using System.Text;
using Assistant.Knowledge.Sources;
using Assistant.Knowledge.Sources.Scans;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Knowledge.Tests.Sources.Images;

/// <summary>Page images saved as files, read through a scan recognizer; the pages of one document saved one file each
/// are read as one document.</summary>
public sealed class ImageSourceReaderTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Numbered_page_images_are_one_document_and_other_images_their_own()
    {
        var root = temp.Root("工会制度");
        var recognizer = new KeyedRecognizer(new()
        {
            ["notice-p1"] = [new("关于调整会员慰问标准的通知", 300, 100, 700, 60, 0.99), new("第一条结婚慰问调整为每人八百元。", 100, 300, 900, 40, 0.98)],
            ["notice-p2"] = [new("第二条本通知自发布之日起施行。", 100, 100, 900, 40, 0.98)],
            ["notice-p3"] = [new("第三条由公司工会负责解释。", 100, 100, 900, 40, 0.98)],
            ["poster"] = [new("职工书屋开放时间", 100, 100, 600, 50, 0.97), new("每周一至周五十二时至十四时开放。", 100, 200, 900, 40, 0.97)],
            ["camera-1234"] = [],
            ["camera-1240"] = [],
        });
        Image(root, "通知_2.jpg", "notice-p2");
        Image(root, "通知_1.jpg", "notice-p1");
        Image(root, "通知_10.jpg", "notice-p3"); // a gap: 1, 2, 10 are not the pages of one document
        Image(root, "通知(1).png", "notice-p1");
        Image(root, "通知(2).png", "notice-p2");
        Image(root, "通知(3).png", "notice-p3");
        Image(root, "书屋.png", "poster");
        Image(root, "IMG_1234.jpg", "camera-1234");
        Image(root, "IMG_1240.jpg", "camera-1240");

        var result = new DocumentLoader(recognizer).Load([root], null, CancellationToken.None);

        var notice = result.Documents.Single(d => d.Id == "工会制度/通知(1).png");
        Assert.Equal("关于调整会员慰问标准的通知", notice.Title);
        Assert.Equal(["第一条", "第二条", "第三条"], notice.Articles.Select(a => a.Label));
        Assert.Equal("本通知自发布之日起施行。", notice.Articles[1].Text);
        Assert.Equal("职工书屋开放时间", result.Documents.Single(d => d.Id == "工会制度/书屋.png").Title);
        // 通知_1, _2 and _10 are not numbered 1, 2, 3: each is read on its own, and the last two, a line each, have a title
        // and nothing to index. The camera's pictures hold no text.
        Assert.Equal(["工会制度/书屋.png", "工会制度/通知(1).png", "工会制度/通知_1.jpg"], result.Documents.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Equal(
            [
                ("IMG_1234.jpg", "no text found in the image (a photo, or a scan too faint to read)"),
                ("IMG_1240.jpg", "no text found in the image (a photo, or a scan too faint to read)"),
                ("通知_10.jpg", "no text to index"),
                ("通知_2.jpg", "no text to index"),
            ],
            result.Failures.Select(f => (Path.GetFileName(f.Path), f.Reason)).OrderBy(f => f.Item1, StringComparer.Ordinal));
        Assert.Equal(9, recognizer.Calls);
    }

    [Fact]
    public void Without_a_recognizer_an_image_is_reported_as_needing_ocr_once_per_document()
    {
        var root = temp.Root("scans");
        Image(root, "章程-1.jpg", "p1");
        Image(root, "章程-2.jpg", "p2");
        Image(root, "通知.png", "p");

        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        Assert.Empty(result.Documents);
        Assert.Equal(
            [
                ("章程-1.jpg", "an image, the first of 2 pages: their text needs OCR: build with the indexer and its OCR models"),
                ("通知.png", "an image: its text needs OCR: build with the indexer and its OCR models"),
            ],
            result.Failures.Select(f => (Path.GetFileName(f.Path), f.Reason)).OrderBy(f => f.Item1, StringComparer.Ordinal));
    }

    // The file's bytes carry a key the recognizer answers by, as a real one answers by what the picture shows.
    private static void Image(string folder, string name, string key) =>
        File.WriteAllBytes(Path.Combine(folder, name), [0xFF, 0xD8, 0xFF, 0xE0, .. Encoding.UTF8.GetBytes(key)]);

    private sealed class KeyedRecognizer(Dictionary<string, RecognizedText[]> pages) : IScanRecognizer
    {
        private int _calls;

        public int Calls => _calls;

        public IReadOnlyList<RecognizedText> Recognize(ScanImage image, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return pages[Encoding.UTF8.GetString(image.Bytes.AsSpan(4))];
        }
    }
}
