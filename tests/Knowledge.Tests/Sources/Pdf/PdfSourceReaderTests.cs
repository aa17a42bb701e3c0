using Assistant.Knowledge.Sources;
using Assistant.Knowledge.Sources.Pdf;
using Assistant.Knowledge.Tests.Support;
using PageSize = UglyToad.PdfPig.Content.PageSize;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Assistant.Knowledge.Tests.Sources.Pdf;

/// <summary>PDFs as rules come: wrapped lines, page numbers, running headers, a letterhead above the title.</summary>
public sealed class PdfSourceReaderTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void ALibreOfficePdfReadsAsItsReaderSeesIt()
    {
        // Written by LibreOffice 7.4 from hardship-rules.fodt (soffice --headless --convert-to pdf): two pages with a
        // running header and — n — page numbers, centred chapter headings, 第十条 broken across the page, digits in 第五条.
        var root = temp.Root("rules");
        File.Copy(Fixture.File("hardship-rules.pdf"), Path.Combine(root, "hardship-rules.pdf"));

        var document = new DocumentLoader().Load([root], null, CancellationToken.None).Documents.Single();

        Assert.Equal("职工困难帮扶办法", document.Title);
        Assert.Equal(12, document.Articles.Count);
        Assert.Equal("职工困难帮扶办法#第十二条", document.Articles[^1].Key);
        Assert.Equal(["第二章 帮扶对象和标准"], document.Articles[3].ChapterPath);
        Assert.Equal("会员对帮扶决定有异议的，可以自收到决定之日起十五日内向公司工会申请复核，也可以向上一级工会反映。", document.Articles[9].Text);
        Assert.Equal("会员因工作调动、劳动合同解除等原因离开本公司的，其帮扶档案依照本办法第三条的规定移交，原所在分会应当出具证明材料。", document.Articles[5].Text);
        // LibreOffice sets a quarter em between Chinese and digits; that is not a typed space.
        Assert.Equal("困难帮扶分为日常帮扶和节日慰问。日常帮扶每户每年最高2万元，节日慰问每户每次1000元。", document.Articles[4].Text);
        Assert.DoesNotContain(document.Articles, a => a.Text.Contains("某某公司工会文件", StringComparison.Ordinal) || a.Text.Contains('—'));
    }

    [Fact]
    public void An_issuing_notice_is_cited_by_the_rule_it_issues_and_its_letterhead_names_the_kind()
    {
        // Written by LibreOffice 7.4 from issuing-notice.fodt: a red letterhead (江河能源集团工会文件, 32 pt) above the
        // document number and the notice's title (22 pt), the notice's two lines, then the rule's own title and articles.
        var root = temp.Root("notices");
        File.Copy(Fixture.File("issuing-notice.pdf"), Path.Combine(root, "issuing-notice.pdf"));

        var document = new DocumentLoader().Load([root], null, CancellationToken.None).Documents.Single();

        Assert.Equal(("职工困难帮扶办法", Assistant.Knowledge.Documents.DocumentKind.UnionRule), (document.Title, document.Kind));
        Assert.Equal(["职工困难帮扶办法#第一条", "职工困难帮扶办法#第二条", "职工困难帮扶办法#第三条"], document.Articles.Select(a => a.Key));
        Assert.Equal("会员本人或者直系亲属患重大疾病，个人负担医疗费用较多的，可以申请困难帮扶。", document.Articles[1].Text);
    }

    [Fact]
    public void WrappedLinesJoinUntilAnIndentOrANewArticleAfterAFinishedSentence()
    {
        // Courier: every character is 0.6 em, so lines of about 61 characters reach the margin.
        var path = Write("dues.pdf", page =>
        {
            page.Text("Union Dues", 780, size: 16);
            page.Text("Article 1 Every member pays union dues of one half of one per", 740);
            page.Text("cent of the monthly wage.", 728);
            page.Text("Article 2 Dues are paid to the branch treasurer as laid out in", 716);
            page.Text("Article 5 of the union rules.", 704);
            page.Text("Article 3 The treasurer keeps a record of the dues of each one.", 692);
            page.Text("Article 4 Arrears of three months end membership.", 680);
            page.Text("A member who cannot pay may ask the committee for relief, and", 668);
            page.Text("the committee decides within a month.", 656, left: 70);
        });

        var text = new PdfSourceReader().Read(path, "dues.pdf").Texts.Single();

        Assert.Equal("Union Dues", text.Title);
        Assert.Equal(
            [
                "Article 1 Every member pays union dues of one half of one per cent of the monthly wage.",
                "Article 2 Dues are paid to the branch treasurer as laid out in Article 5 of the union rules.",
                "Article 3 The treasurer keeps a record of the dues of each one.",
                "Article 4 Arrears of three months end membership.",
                "A member who cannot pay may ask the committee for relief, and",
                "the committee decides within a month.",
            ],
            text.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_wider_gap_than_the_line_pitch_starts_a_paragraph_even_after_a_full_line()
    {
        var path = Write("relief.pdf", page =>
        {
            page.Text("Relief", 780, size: 16);
            page.Text("A member who cannot pay may ask the committee for relief, and", 740);
            page.Text("the committee decides within one month what the union can give", 728);
            page.Text("Relief is paid from the union's own funds.", 708);
            page.Text("The committee reports on relief once a year.", 696);
        });

        var text = new PdfSourceReader().Read(path, "relief.pdf").Texts.Single();

        Assert.Equal(
            [
                "A member who cannot pay may ask the committee for relief, and the committee decides within one month what the union can give",
                "Relief is paid from the union's own funds.",
                "The committee reports on relief once a year.",
            ],
            text.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void RunningHeadersPageNumbersAndTheLetterheadStayOutOfTheText()
    {
        var path = Write("leave.pdf",
            page =>
            {
                page.Text("Acme Works Union", 810, size: 9);
                page.Text("Circular No. 3", 790);
                page.Text("Leave Rules", 760, size: 16);
                page.Text("Article 1 Annual leave is taken in the year it is earned; the", 720);
                page.Text("employer plans it with the worker.", 708);
                page.Text("Article 2 A worker asks for leave two weeks before it starts", 696);
                page.Text("- 1 -", 30);
            },
            page =>
            {
                page.Text("Acme Works Union", 810, size: 9);
                page.Text("and the employer answers within three days.", 780);
                page.Text("Article 3 Unused leave is paid at three times the daily wage.", 768);
                page.Text("- 2 -", 30);
            },
            page =>
            {
                page.Text("Acme Works Union", 810, size: 9);
                page.Text("Article 4 These rules take effect on 1 May 2024.", 780);
                page.Text("Page 3 of 3", 30);
            });

        var text = new PdfSourceReader().Read(path, "leave.pdf").Texts.Single();

        Assert.Equal("Leave Rules", text.Title);
        Assert.Equal(
            [
                "Article 1 Annual leave is taken in the year it is earned; the employer plans it with the worker.",
                "Article 2 A worker asks for leave two weeks before it starts and the employer answers within three days.",
                "Article 3 Unused leave is paid at three times the daily wage.",
                "Article 4 These rules take effect on 1 May 2024.",
            ],
            text.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void WithoutLargerTypeTheFirstLineIsTheTitle()
    {
        var path = Write("wages.pdf", page =>
        {
            page.Text("Wage Payment Rules", 780);
            page.Text("Article 1 Wages are paid monthly.", 740);
            page.Text("Article 2 Wages are paid in money.", 728);
        });

        var text = new PdfSourceReader().Read(path, "wages.pdf").Texts.Single();

        Assert.Equal("Wage Payment Rules", text.Title);
        Assert.Equal(["Article 1 Wages are paid monthly.", "Article 2 Wages are paid in money."], text.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_scan_without_text_is_reported_with_what_to_do()
    {
        var root = temp.Root("scans");
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(50, 50), 400, 600);
        builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(50, 50), 400, 600);
        File.WriteAllBytes(Path.Combine(root, "scan.pdf"), builder.Build());

        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        Assert.Empty(result.Documents);
        var failure = Assert.Single(result.Failures);
        Assert.Equal((Path.Combine(root, "scan.pdf"), "no text on its 2 page(s): a scanned image needs OCR: build with the indexer and its OCR models, or export the text from the original"),
            (failure.Path, failure.Reason));
    }

    [Fact]
    public void A_pdf_that_opens_only_with_a_password_is_reported_and_one_protected_against_editing_is_read()
    {
        // qpdf --encrypt user owner 256 and --encrypt "" owner 256 (AES-256) of hardship-rules.pdf.
        var root = temp.Root("protected");
        File.Copy(Fixture.File("hardship-rules-password.pdf"), Path.Combine(root, "password.pdf"));
        File.Copy(Fixture.File("hardship-rules-permissions.pdf"), Path.Combine(root, "permissions.pdf"));
        File.WriteAllBytes(Path.Combine(root, "empty.pdf"), []);

        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        Assert.Equal(12, Assert.Single(result.Documents).Articles.Count);
        Assert.Equal(["empty.pdf", "password.pdf"], result.Failures.Select(f => Path.GetFileName(f.Path)).Order(StringComparer.Ordinal));
        Assert.Equal("password-protected: it opens only with its password; save or print a copy without one",
            result.Failures.Single(f => f.Path.EndsWith("password.pdf", StringComparison.Ordinal)).Reason);
        Assert.StartsWith("not a readable PDF (damaged, empty, or another format renamed .pdf: ",
            result.Failures.Single(f => f.Path.EndsWith("empty.pdf", StringComparison.Ordinal)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CorruptPdfThrowsForTheLoaderToReport()
    {
        Assert.ThrowsAny<Exception>(() => new PdfSourceReader().Read(Fixture.File("corrupt.pdf"), "corrupt.pdf"));
    }

    private string Write(string name, params Action<PageWriter>[] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Courier);
        foreach (var write in pages)
            write(new PageWriter(builder.AddPage(PageSize.A4), font));
        var path = Path.Combine(temp.Root("pdf"), name);
        File.WriteAllBytes(path, builder.Build());
        return path;
    }

    private sealed class PageWriter(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font)
    {
        public void Text(string text, double baseline, double size = 10, double left = 50) =>
            page.AddText(text, size, new PdfPoint(left, baseline), font);
    }
}
