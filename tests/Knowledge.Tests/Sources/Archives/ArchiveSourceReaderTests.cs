using System.IO.Compression;
using System.Text;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Sources;
using Assistant.Knowledge.Sources.Archives;
using Assistant.Knowledge.Sources.PlainText;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Knowledge.Tests.Sources.Archives;

/// <summary>A .zip of documents (a federation's 文件汇编.zip) read as if it were a folder.</summary>
public sealed class ArchiveSourceReaderTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void The_documents_inside_are_read_with_their_folders_and_what_cannot_be_read_is_named()
    {
        // Names without the UTF-8 flag, in GB18030, as Chinese Windows writes them; a Word file in a 工会制度 folder; a
        // roster; an archive inside; a macOS resource fork, a Word lock file and a path that climbs out are skipped.
        var root = temp.Root("收文");
        var archive = Path.Combine(root, "文件汇编.zip");
        using (var zip = new ZipArchive(File.Create(archive), ZipArchiveMode.Create, leaveOpen: false, CodePagesEncodingProvider.Instance.GetEncoding(54936)))
        {
            void Entry(string name, byte[] bytes)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(bytes);
            }
            Entry("工会制度/互助保障办法.docx", File.ReadAllBytes(Fixture.File("mutual-aid-rules.docx")));
            Entry("附件/名单.txt", Encoding.UTF8.GetBytes("帮扶名单\n第一条 张某，11010519491231002X。\n第二条 李某，440524188001010014。\n"));
            Entry("附件/旧版.zip", [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
            Entry("__MACOSX/工会制度/._互助保障办法.docx", [0, 5, 22, 7]);
            Entry("工会制度/~$助保障办法.docx", [1, 2, 3]);
            Entry("../逃出.md", Encoding.UTF8.GetBytes("# 不应读到\n\n第一条 内容。\n"));
            Entry("说明.xyz", [1]);
        }

        var unpackedBefore = Unpacked();
        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        Assert.Equal(unpackedBefore, Unpacked()); // the unpacked copy is removed
        var document = Assert.Single(result.Documents);
        Assert.Equal("收文/文件汇编.zip/工会制度/互助保障办法.docx", document.Id);
        Assert.Equal(DocumentKind.UnionRule, document.Kind);
        Assert.Equal(11, document.Articles.Count);
        Assert.Equal(
            [
                "附件/名单.txt: not indexed: it holds 2 resident identity numbers, and the knowledge base is read by every employee; keep lists of people out of the knowledge folders",
                "附件/旧版.zip: an archive inside an archive: unpack it into the folder first",
            ],
            result.Failures.Select(f => f.Reason.Replace("文件汇编.zip/", string.Empty, StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.All(result.Failures, f => Assert.Equal(archive, f.Path));
    }

    private static HashSet<string> Unpacked() => [.. Directory.GetDirectories(Path.GetTempPath(), "assistant-archive-*")];

    [Fact]
    public void Names_written_in_UTF_8_without_the_flag_are_read_as_UTF_8()
    {
        // As Linux's zip and macOS's Archive Utility write them: UTF-8 bytes, no UTF-8 flag. The corpus's own
        // documentation inside is skipped as in a folder.
        var root = temp.Root("收文");
        using (var zip = new ZipArchive(File.Create(Path.Combine(root, "制度.zip")), ZipArchiveMode.Create, leaveOpen: false, new ArchiveNames()))
        {
            using (var stream = zip.CreateEntry("工会制度/会员慰问办法.md").Open())
                stream.Write(Encoding.UTF8.GetBytes("# 会员慰问办法\n\n第一条 会员结婚的，工会给予慰问。\n\n第二条 慰问金为五百元。\n"));
            using (var stream = zip.CreateEntry("工会制度/SOURCES.md").Open())
                stream.Write(Encoding.UTF8.GetBytes("# sources\n\nwhere the texts came from\n"));
        }

        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        var document = Assert.Single(result.Documents);
        Assert.Equal(("收文/制度.zip/工会制度/会员慰问办法.md", DocumentKind.UnionRule), (document.Id, document.Kind));
        Assert.Empty(result.Failures);
    }

    [Fact]
    public void An_archive_that_unpacks_to_more_than_allowed_or_is_not_one_is_reported()
    {
        var folder = temp.Root("archives");
        var bomb = Path.Combine(folder, "bomb.zip");
        using (var zip = ZipFile.Open(bomb, ZipArchiveMode.Create))
        {
            using var stream = zip.CreateEntry("big.txt").Open();
            stream.Write(new byte[3 << 20]); // 3 MB of zeros, a few kilobytes packed
        }
        var notZip = Path.Combine(folder, "renamed.zip");
        File.WriteAllText(notZip, "文件汇编");
        var readers = new Dictionary<string, ISourceReader>(StringComparer.OrdinalIgnoreCase) { [".txt"] = new TextSourceReader() };

        var tooBig = Assert.Throws<InvalidDataException>(() => new ArchiveSourceReader(readers, maxTotalBytes: 1 << 20).Read(bomb, "bomb.zip"));
        var renamed = Assert.Throws<InvalidDataException>(() => new ArchiveSourceReader(readers).Read(notZip, "renamed.zip"));

        Assert.Equal("the archive unpacks to more than 1 MB: unpack it into the folder", tooBig.Message);
        Assert.Equal("not a zip archive (damaged, or another format renamed .zip)", renamed.Message);
    }
}
