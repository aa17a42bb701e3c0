using System.Text;
using Assistant.Knowledge.Parsing;
using Assistant.Knowledge.Sources;
using Assistant.Knowledge.Sources.Spreadsheets;
using Assistant.Knowledge.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Assistant.Knowledge.Tests.Sources.Spreadsheets;

/// <summary>Workbooks of standards (慰问标准, 帮扶标准) as a union keeps them: each row a section a member's question can
/// find and the bot can quote, with its values named by their columns.</summary>
public sealed class SpreadsheetSourceReaderTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("welfare-standards.xlsx")]
    [InlineData("welfare-standards.xls")]
    [InlineData("welfare-standards.ods")]
    [InlineData("welfare-standards.fods")]
    public void Each_row_of_a_standards_table_is_a_section_with_its_values_named(string fixture)
    {
        // welfare-standards.fods, and the .xlsx, .xls and .ods LibreOffice 7.4 wrote from it: a caption merged across the table, 单位：元, a 序号
        // column, a category merged down two rows, a hidden row with a withdrawn standard, a note, a second sheet with a
        // date, and a hidden third sheet.
        var text = new SpreadsheetSourceReader().Read(Fixture.File(fixture), fixture).Texts.Single();

        Assert.Equal("江河示范能源集团有限公司工会会员慰问标准", text.Title);
        Assert.Equal(
            [
                new TextBlock("慰问标准", 1),
                new TextBlock("结婚慰问", 3),
                new TextBlock("类别：喜庆慰问；项目：结婚慰问；标准：500；条件：会员本人依法登记结婚；单位：元", 0),
                new TextBlock("生育慰问", 3),
                new TextBlock("类别：喜庆慰问；项目：生育慰问；标准：800；条件：会员本人或者配偶生育子女；单位：元", 0),
                new TextBlock("住院探望", 3),
                new TextBlock("类别：住院慰问；项目：住院探望；标准：1500.5；条件：连续住院七日以上；单位：元", 0),
                new TextBlock("说明", 2),
                new TextBlock("注：同一事由每年只慰问一次。", 0),
                new TextBlock("帮扶标准", 1),
                new TextBlock("重大疾病会员", 3),
                new TextBlock("帮扶对象：重大疾病会员；标准：每年最高2万元；执行日期：2024-03-01", 0),
            ],
            text.Blocks);
    }

    [Fact]
    public void The_loader_indexes_rows_as_sections_under_their_sheets()
    {
        var root = temp.Root("工会制度");
        File.Copy(Fixture.File("welfare-standards.xlsx"), Path.Combine(root, "慰问标准.xlsx"));

        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        var document = Assert.Single(result.Documents);
        Assert.Empty(result.Failures);
        Assert.Equal(Assistant.Knowledge.Documents.DocumentKind.UnionRule, document.Kind);
        Assert.Equal(
            [
                ("江河示范能源集团有限公司工会会员慰问标准#结婚慰问", "慰问标准"),
                ("江河示范能源集团有限公司工会会员慰问标准#生育慰问", "慰问标准"),
                ("江河示范能源集团有限公司工会会员慰问标准#住院探望", "慰问标准"),
                ("江河示范能源集团有限公司工会会员慰问标准#说明", "慰问标准"),
                ("江河示范能源集团有限公司工会会员慰问标准#重大疾病会员", "帮扶标准"),
            ],
            document.Articles.Select(a => (a.Key, string.Join("/", a.ChapterPath))));
        Assert.DoesNotContain(document.Articles, a => a.Text.Contains("已停用", StringComparison.Ordinal) || a.Text.Contains("草稿", StringComparison.Ordinal));
    }

    [Fact]
    public void Cells_read_as_the_sheet_shows_them()
    {
        // Written with the Open XML SDK as Excel writes it: shared strings (one in rich-text runs), an inline string, a
        // percentage, a date in built-in format 14 and in a custom Chinese one, a yes/no value, a formula's text, an
        // error, a row without a caption above the header (so the file name is the title), and a very hidden sheet.
        var path = Path.Combine(temp.Root("book"), "补贴标准.xlsx");
        using (var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(
                new SharedStringItem(new Text("岗位")),
                new SharedStringItem(new Run(new Text("夜班")), new Run(new Text("补贴"))),
                new SharedStringItem(new Text("运行值班")));
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 176, FormatCode = "yyyy\"年\"m\"月\"d\"日\"" }),
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 9 }, new CellFormat { NumberFormatId = 14 }, new CellFormat { NumberFormatId = 176 }));
            AddSheet(workbook, "补贴", SheetStateValues.Visible,
                new Row(Shared("A1", 0), Shared("B1", 1), Inline("C1", "上浮比例"), Inline("D1", "起始日期"), Inline("E1", "公布日期"), Inline("F1", "含税"), Inline("G1", "备注")) { RowIndex = 1 },
                new Row(Shared("A2", 2), Number("B2", "30"), Number("C2", "0.125", 1), Number("D2", "45352", 2), Number("E2", "45338", 3),
                    new Cell { CellReference = "F2", DataType = CellValues.Boolean, CellValue = new CellValue("1") },
                    new Cell { CellReference = "G2", DataType = CellValues.String, CellFormula = new CellFormula("A2&\"岗位\""), CellValue = new CellValue("运行值班岗位") },
                    new Cell { CellReference = "H2", DataType = CellValues.Error, CellValue = new CellValue("#DIV/0!") }) { RowIndex = 2 });
            AddSheet(workbook, "内部测算", SheetStateValues.VeryHidden, new Row(Inline("A1", "测算"), Inline("B1", "不公开")) { RowIndex = 1 });
        }

        var text = new SpreadsheetSourceReader().Read(path, "补贴标准.xlsx").Texts.Single();

        Assert.Null(text.Title);
        Assert.Equal(
            [
                new TextBlock("运行值班", 3),
                new TextBlock("岗位：运行值班；夜班补贴：30；上浮比例：12.5%；起始日期：2024-03-01；公布日期：2024-02-16；含税：TRUE；备注：运行值班岗位", 0),
            ],
            text.Blocks);
    }

    [Fact]
    public void A_header_merged_over_named_columns_names_each_of_them()
    {
        // 标准 merged across two columns over 在职会员 and 退休会员; 项目 and 依据 merged down the two header rows.
        var path = Path.Combine(temp.Root("two-rows"), "慰问标准.xlsx");
        using (var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var part = AddSheet(workbook, "标准", SheetStateValues.Visible,
                new Row(Inline("A1", "项目"), Inline("B1", "标准"), Inline("D1", "依据")) { RowIndex = 1 },
                new Row(Inline("B2", "在职会员"), Inline("C2", "退休会员")) { RowIndex = 2 },
                new Row(Inline("A3", "结婚"), Number("B3", "500"), Number("C3", "300"), Inline("D3", "《会员福利办法》第七条")) { RowIndex = 3 });
            part.Worksheet.InsertAfter(new MergeCells(new MergeCell { Reference = "A1:A2" }, new MergeCell { Reference = "B1:C1" }, new MergeCell { Reference = "D1:D2" }),
                part.Worksheet.GetFirstChild<SheetData>());
        }

        var text = new SpreadsheetSourceReader().Read(path, "慰问标准.xlsx").Texts.Single();

        Assert.Equal(
            [
                new TextBlock("结婚", 3),
                new TextBlock("项目：结婚；标准（在职会员）：500；标准（退休会员）：300；依据：《会员福利办法》第七条", 0),
            ],
            text.Blocks);
    }

    [Fact]
    public void A_sheet_that_lists_people_is_left_out_and_reported()
    {
        // A standards sheet beside a roster of the families helped (姓名, 身份证号, 手机): the roster must never be quoted
        // to an employee who asks. A workbook that is only a roster gives no document at all.
        var root = temp.Root("工会");
        var mixed = Path.Combine(root, "帮扶.xlsx");
        using (var document = SpreadsheetDocument.Create(mixed, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            AddSheet(workbook, "标准", SheetStateValues.Visible,
                new Row(Inline("A1", "帮扶对象"), Inline("B1", "标准")) { RowIndex = 1 },
                new Row(Inline("A2", "重大疾病会员"), Inline("B2", "每年最高2万元")) { RowIndex = 2 });
            AddSheet(workbook, "2024年帮扶名单", SheetStateValues.Visible,
                new Row(Inline("A1", "姓名"), Inline("B1", "身份证号"), Inline("C1", "手机")) { RowIndex = 1 },
                new Row(Inline("A2", "张某"), Inline("B2", "11010519491231002X"), Inline("C2", "13800000000")) { RowIndex = 2 });
        }
        var roster = Path.Combine(root, "名册.xlsx");
        using (var document = SpreadsheetDocument.Create(roster, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            AddSheet(workbook, "会员", SheetStateValues.Visible,
                new Row(Inline("A1", "会员姓名"), Inline("B1", "工号"), Inline("C1", "家庭住址")) { RowIndex = 1 },
                new Row(Inline("A2", "李某"), Inline("B2", "A0012"), Inline("C2", "某市某区")) { RowIndex = 2 });
        }

        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        var document2 = Assert.Single(result.Documents);
        Assert.Equal(["帮扶#重大疾病会员"], document2.Articles.Select(a => a.Key));
        Assert.DoesNotContain(document2.Articles, a => a.Text.Contains("张某", StringComparison.Ordinal));
        Assert.Equal(
            [
                ("名册.xlsx", "sheet 会员 not indexed: it lists people (会员姓名, 工号, 家庭住址), and the knowledge base is read by every employee; keep such lists out of the knowledge folders"),
                ("帮扶.xlsx", "sheet 2024年帮扶名单 not indexed: it lists people (姓名, 身份证号, 手机), and the knowledge base is read by every employee; keep such lists out of the knowledge folders"),
            ],
            result.Failures.Select(f => (Path.GetFileName(f.Path), f.Reason)).OrderBy(f => f.Item1, StringComparer.Ordinal));
    }

    public static TheoryData<string, byte[], string> BrokenFiles => new()
    {
        { "standards.xlsx", Encoding.UTF8.GetBytes("序号,项目,标准\n1,结婚慰问,500\n"), "not an Excel workbook (damaged, or another format renamed .xlsx): save it again as .xlsx" },
        { "standards.xls", Encoding.UTF8.GetBytes("序号\t项目\t标准\n1\t结婚慰问\t500\n"), "not an Excel 97–2003 workbook (damaged, or another format renamed): save it again as .xlsx" },
        { "standards.ods", Encoding.UTF8.GetBytes("序号,项目,标准\n"), "not an OpenDocument spreadsheet: it is not a zip package (damaged, or another format renamed .ods)" },
        { "standards.fods", Encoding.UTF8.GetBytes("<office:document"), "standards.fods is not well-formed XML: the file is damaged" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void A_file_that_is_not_a_workbook_is_reported_with_what_to_do(string name, byte[] bytes, string reason)
    {
        var root = temp.Root("broken");
        File.WriteAllBytes(Path.Combine(root, name), bytes);

        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        Assert.Empty(result.Documents);
        Assert.Equal((Path.Combine(root, name), reason), (result.Failures.Single().Path, result.Failures.Single().Reason));
    }

    [Theory]
    [InlineData("welfare-standards.xls")]
    [InlineData("welfare-standards.xlsx")]
    [InlineData("welfare-standards.ods")]
    public void Damaged_bytes_give_a_document_or_a_reason_never_another_error(string fixture) =>
        Assert.InRange(DamagedFiles.Reported(fixture, temp.Root("damaged"), path => new SpreadsheetSourceReader().Read(path, fixture)), 1, 299);

    private static WorksheetPart AddSheet(WorkbookPart workbook, string name, SheetStateValues state, params Row[] rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(new SheetData(rows));
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Name = name, SheetId = (uint)sheets.Count() + 1, Id = workbook.GetIdOfPart(part), State = state });
        return part;
    }

    private static Cell Shared(string reference, int index) =>
        new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)) };

    private static Cell Inline(string reference, string text) =>
        new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };

    private static Cell Number(string reference, string value, uint style = 0) =>
        new() { CellReference = reference, CellValue = new CellValue(value), StyleIndex = style };
}
