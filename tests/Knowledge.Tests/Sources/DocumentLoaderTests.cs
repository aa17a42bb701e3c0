using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Sources;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Knowledge.Tests.Sources;

public sealed class DocumentLoaderTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private const string Law = "# 中华人民共和国测试法\n\n{0}\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n第一条 内容。\n\n第二条 内容。\n";

    [Fact]
    public void LoadsEveryFormatAndReportsBadFilesAndRecords()
    {
        var root = temp.Root("mixed");
        Fixture.Write(root, "社会法/测试法(2020-01-01).md", string.Format(Law, "2020年1月1日 通过"));
        Fixture.Write(root, "notes.xyz", "ignored");
        File.Copy(Fixture.File("corrupt.pdf"), Path.Combine(root, "corrupt.pdf"));
        Fixture.Write(root, "corrupt.docx", "not a zip package");
        Directory.CreateDirectory(Path.Combine(root, "faq"));
        File.Copy(Fixture.File("records.jsonl"), Path.Combine(root, "faq", "records.jsonl"));
        File.Copy(Fixture.File("notice.html"), Path.Combine(root, "notice.html"));
        var missing = Path.Combine(root, "does-not-exist");

        var result = new DocumentLoader().Load([root, missing], null, CancellationToken.None);

        Assert.Equal(
            ["mixed/faq/records.jsonl#faq-1", "mixed/faq/records.jsonl#rule-1", "mixed/notice.html", "mixed/社会法/测试法(2020-01-01).md"],
            result.Documents.Select(d => d.Id));
        var policy = result.Documents[1];
        Assert.Equal(DocumentKind.CompanyPolicy, policy.Kind);
        Assert.Equal(["某公司考勤制度#第一条", "某公司考勤制度#第二条"], policy.Articles.Select(a => a.Key));
        Assert.Equal(new DateOnly(2023, 5, 1), policy.EffectiveDate);
        Assert.Equal(["劳动保障监察条例#第一条", "劳动保障监察条例#第二条"], result.Documents[2].Articles.Select(a => a.Key));

        Assert.Contains(result.Failures, f => f.Path == missing);
        Assert.Contains(result.Failures, f => f.Path == Path.Combine(root, "corrupt.pdf"));
        Assert.Contains(result.Failures, f => f.Path == Path.Combine(root, "corrupt.docx"));
        Assert.Equal(2, result.Failures.Count(f => f.Path == Path.Combine(root, "faq", "records.jsonl")));
        Assert.Equal(5, result.Failures.Count);
    }

    [Fact]
    public void OfficeFilesWeCannotReadAreNamedAndWordLockFilesIgnored()
    {
        var root = temp.Root("union");
        Fixture.Write(root, "社会法/测试法.md", string.Format(Law, ""));
        Fixture.Write(root, "会员管理办法.pages", "a Pages document");
        Fixture.Write(root, "福利/标准.NUMBERS", "a Numbers spreadsheet");
        Fixture.Write(root, "~$员管理办法.docx", "owner file Word leaves while the document is open");

        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        Assert.Equal(["union/社会法/测试法.md"], result.Documents.Select(d => d.Id));
        Assert.Equal(
            [
                (Path.Combine(root, "会员管理办法.pages"), ".pages files are not read: save it as .docx, .pdf, .html or .txt"),
                (Path.Combine(root, "福利", "标准.NUMBERS"), ".numbers files are not read: save it as .xlsx"),
            ],
            result.Failures.Select(f => (f.Path, f.Reason)));
    }

    [Fact]
    public void A_text_listing_resident_identity_numbers_is_not_indexed()
    {
        // Two valid numbers (GB 11643 check digit) make a list of people; one, or numbers whose check digit fails, do not.
        var root = temp.Root("lists");
        Fixture.Write(root, "名单.txt", "困难职工帮扶名单\n第一条 张某，身份证号11010519491231002X，帮扶二万元。\n第二条 李某，身份证号440524188001010014，帮扶一万元。\n");
        Fixture.Write(root, "通知.txt", "关于帮扶的通知\n第一条 王某（320106198001011233）获得帮扶。\n第二条 帮扶款由工会发放。\n");
        Fixture.Write(root, "编号.txt", "合同编号规则\n第一条 合同编号如110105194912310021、440524188001010015。\n");

        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        Assert.Equal(["lists/编号.txt", "lists/通知.txt"], result.Documents.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Equal((Path.Combine(root, "名单.txt"), "not indexed: it holds 2 resident identity numbers, and the knowledge base is read by every employee; keep lists of people out of the knowledge folders"),
            (result.Failures.Single().Path, result.Failures.Single().Reason));
    }

    [Fact]
    public void Password_protected_and_renamed_office_files_are_told_apart_from_damaged_ones()
    {
        // Office saves a .docx or .xlsx with a password as a compound file holding an EncryptedPackage stream; a Word or
        // Excel 97–2003 file renamed .docx or .xlsx is a compound file with a WordDocument or Workbook stream.
        var root = temp.Root("office");
        File.WriteAllBytes(Path.Combine(root, "locked.docx"), CompoundFileWriter.With("EncryptedPackage", new byte[4096]));
        File.WriteAllBytes(Path.Combine(root, "locked.xlsx"), CompoundFileWriter.With("EncryptedPackage", new byte[4096]));
        File.Copy(Fixture.File("mutual-aid-rules.doc"), Path.Combine(root, "old.docx"));
        File.Copy(Fixture.File("welfare-standards.xls"), Path.Combine(root, "old.xlsx"));
        Fixture.Write(root, "text.docx", "会员慰问办法");

        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        Assert.Empty(result.Documents);
        Assert.Equal(
            [
                ("locked.docx", "password-protected: save a copy without the password"),
                ("locked.xlsx", "password-protected: save a copy without the password"),
                ("old.docx", "a Word 97–2003 document named .docx: rename it .doc"),
                ("old.xlsx", "an Excel 97–2003 workbook named .xlsx: rename it .xls"),
                ("text.docx", "not a Word document (damaged, or another format renamed .docx): save it again as .docx"),
            ],
            result.Failures.Select(f => (Path.GetFileName(f.Path), f.Reason)).OrderBy(f => f.Item1, StringComparer.Ordinal));
    }

    [Fact]
    public void FilesWithNothingToIndexAreReportedNotCountedAsIndexed()
    {
        var root = temp.Root("blank");
        Fixture.Write(root, "rule.txt", "某公司考勤制度\n第一条 职工每日工作八小时。\n");
        Fixture.Write(root, "empty.txt", "");
        Fixture.Write(root, "title-only.md", "# 某公司请假制度\n");

        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        Assert.Equal(["blank/rule.txt"], result.Documents.Select(d => d.Id));
        Assert.Equal(
            [(Path.Combine(root, "empty.txt"), "no text to index"), (Path.Combine(root, "title-only.md"), "no text to index")],
            result.Failures.Select(f => (f.Path, f.Reason)).Order());
    }

    [Fact]
    public void Garbled_text_is_reported_not_indexed()
    {
        // What a PDF whose fonts carry no character map gives (ideographs at random, or private-use codes), and GBK bytes
        // read as Windows-1252; beside them a real rule, and rare characters a real rule may use.
        var root = temp.Root("garbled");
        var random = new Random(7);
        string Ideographs(int count) => new([.. Enumerable.Range(0, count).Select(_ => (char)random.Next(0x4e00, 0x9fa6))]);
        Fixture.Write(root, "cid-font.txt", "某公司考勤制度\n第一条 " + Ideographs(120) + "\n第二条 " + Ideographs(80) + "\n");
        Fixture.Write(root, "private-use.txt", "某公司考勤制度\n第一条 " + new string('\ue01a', 40) + "，" + new string('\ue2b3', 40) + "。\n");
        Fixture.Write(root, "cp1252.txt", "某公司考勤制度\n" + System.Text.Encoding.Latin1.GetString(
            System.Text.CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes("第一条 职工每日工作八小时，每周工作四十小时。第二条 加班应当支付加班费。")) + "\n");
        Fixture.Write(root, "rule.txt", "某公司考勤制度\n第一条 职工每日工作八小时，每周工作四十小时。\n第二条 职工在矽肺、尘肺等职业病诊疗期间，其医疗费用按照工伤保险的规定支付；氡、镉、铍作业岗位另行规定。\n");

        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        Assert.Equal(["garbled/rule.txt"], result.Documents.Select(d => d.Id));
        Assert.Equal(["cid-font.txt", "cp1252.txt", "private-use.txt"], result.Failures.Select(f => Path.GetFileName(f.Path)).Order(StringComparer.Ordinal));
        Assert.All(result.Failures, f => Assert.StartsWith("its text is garbled (", f.Reason, StringComparison.Ordinal));
        Assert.Matches(@"^its text is garbled \(only \d+ % of its Chinese characters are common ones",
            result.Failures.Single(f => f.Path.EndsWith("cid-font.txt", StringComparison.Ordinal)).Reason);
    }

    [Fact]
    public void An_official_notice_in_plain_text_is_cited_by_the_rule_it_issues()
    {
        var root = temp.Root("notices");
        Fixture.Write(root, "notice.txt",
            "江河能源集团有限公司文件\n江能发〔2024〕12号\n关于印发《员工考勤管理办法》的通知\n各部门：\n现将《员工考勤管理办法》印发给你们，请遵照执行。\n" +
            "第一条 员工每日工作八小时。\n第二条 加班应当经员工本人同意。\n");

        var document = new DocumentLoader().Load([root], null, CancellationToken.None).Documents.Single();

        Assert.Equal(("员工考勤管理办法", DocumentKind.CompanyPolicy), (document.Title, document.Kind));
        Assert.Equal(["员工考勤管理办法#第一条", "员工考勤管理办法#第二条"], document.Articles.Select(a => a.Key));
    }

    [Fact]
    public void OlderDatedVersionBecomesAmended()
    {
        var root = temp.Root("versions");
        Fixture.Write(root, "社会法/测试法(2010-01-01).md", string.Format(Law, "2010年1月1日 通过"));
        Fixture.Write(root, "社会法/测试法(2020-01-01).md", string.Format(Law, "2020年1月1日 修正"));
        Fixture.Write(root, "行政法/测试法.md", string.Format(Law, ""));

        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        Assert.Equal(
            [DocumentStatus.Amended, DocumentStatus.Current, DocumentStatus.Current],
            result.Documents.Select(d => d.Status));
        Assert.Empty(result.Failures);
    }

    [Fact]
    public void HistoryDatesDoNotDecideVersions()
    {
        // An undated copy whose history runs later than the dated copy's file name is still just a copy.
        var root = temp.Root("copies");
        Fixture.Write(root, "测试法(2020-01-01).md", string.Format(Law, "2020年1月1日 通过"));
        Fixture.Write(root, "测试法.md", string.Format(Law, "2020年1月1日 通过\n\n2021年1月1日 施行"));

        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        Assert.All(result.Documents, d => Assert.Equal(DocumentStatus.Current, d.Status));
        Assert.Equal(new DateOnly(2021, 1, 1), result.Documents[1].VersionDate);
    }

    [Fact]
    public void ManifestStatusesWin()
    {
        var root = temp.Root("manifest");
        Fixture.Write(root, "a(2010-01-01).md", string.Format(Law, ""));
        Fixture.Write(root, "a(2020-01-01).md", string.Format(Law, ""));
        Fixture.Write(root, "b.md", "# 另一部条例\n\n第一条 内容。\n");
        Fixture.Write(root, "c.md", "# 第三部条例\n\n第一条 内容。\n");
        Fixture.Write(root, "MANIFEST.tsv",
            "path\ttitle\tstatus\tarticles\n" +
            "a(2010-01-01).md\t测试法\tcurrent\t2\n" +
            "a(2020-01-01).md\t测试法\tcurrent\t2\n" +
            "b.md\t另一部条例\trepealed\t1\n" +
            "c.md\t第三部条例\tsuperseded\t1\n");

        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        Assert.Equal(
            [DocumentStatus.Current, DocumentStatus.Current, DocumentStatus.Repealed, DocumentStatus.Amended],
            result.Documents.Select(d => d.Status));
    }

    [Fact]
    public void ReportsProgressForEveryFile()
    {
        var root = temp.Root("progress");
        for (var i = 1; i <= 5; i++)
            Fixture.Write(root, $"f{i}.txt", $"Title {i}\nArticle 1 Text.");
        var progress = new Recorder();

        new DocumentLoader().Load([root], progress, CancellationToken.None);

        Assert.Equal(5, progress.Reports.Count);
        Assert.All(progress.Reports, r => Assert.Equal(5, r.FilesTotal));
        Assert.Equal([1, 2, 3, 4, 5], progress.Reports.Select(r => r.FilesDone).Order());
    }

    [Fact]
    public void CancellationStopsTheLoad()
    {
        var root = temp.Root("cancel");
        Fixture.Write(root, "a.txt", "Title\nArticle 1 Text.");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new DocumentLoader().Load([root], null, cancellation.Token));
    }

    private sealed class Recorder : IProgress<LoadProgress>
    {
        private readonly Lock gate = new();

        public List<LoadProgress> Reports { get; } = [];

        public void Report(LoadProgress value)
        {
            lock (gate)
                Reports.Add(value);
        }
    }
}
