using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Assistant.Knowledge.Sources.Spreadsheets;

/// <summary>The visible sheets of an Excel workbook (.xlsx, .xlsm), read with the Open XML SDK: shared and inline
/// strings, numbers and dates as their formats show them, merged cells, hidden rows and sheets.</summary>
internal static partial class XlsxSheets
{
    public static List<SheetGrid> Read(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("not a workbook: the package has no workbook part");
        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(item => item.InnerText).ToList() ?? [];
        var formats = CellFormats(workbook);
        var grids = new List<SheetGrid>();
        foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.State is not null && sheet.State.Value != SheetStateValues.Visible)
                continue;
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                continue;
            var cells = new Dictionary<(int, int), string>();
            var hidden = new HashSet<int>();
            var nextRow = 0;
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var rowIndex = row.RowIndex?.Value is { } r ? (int)r - 1 : nextRow;
                nextRow = rowIndex + 1;
                if (row.Hidden?.Value == true)
                    hidden.Add(rowIndex);
                var nextColumn = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = Column(cell.CellReference?.Value) ?? nextColumn;
                    nextColumn = column + 1;
                    var text = Text(cell, strings, formats);
                    if (text.Length > 0)
                        cells[(rowIndex, column)] = text;
                }
            }
            var merges = part.Worksheet.Descendants<MergeCell>()
                .Select(merge => Range(merge.Reference?.Value)).OfType<(int, int, int, int)>();
            grids.Add(SheetGrid.From(sheet.Name?.Value ?? string.Empty, cells, merges, hidden));
        }
        return grids;
    }

    private static string Text(Cell cell, List<string> strings, List<CellKind> formats)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return int.TryParse(raw, out var index) && index >= 0 && index < strings.Count ? strings[index] : string.Empty;
        if (type == CellValues.InlineString)
            return cell.InlineString?.InnerText ?? string.Empty;
        if (type == CellValues.String)
            return raw ?? string.Empty;
        if (type == CellValues.Boolean)
            return raw == "1" ? "TRUE" : "FALSE";
        if (type == CellValues.Error || raw is null)
            return string.Empty;
        if (!double.TryParse(raw, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
            return raw;
        var kind = cell.StyleIndex?.Value is { } style && style < formats.Count ? formats[(int)style] : CellKind.Number;
        return kind switch
        {
            CellKind.Date when number is > -657435 and < 2958466 => SheetGrid.Date(DateTime.FromOADate(number)),
            CellKind.Percent => SheetGrid.Number(number, percent: true),
            _ => SheetGrid.Number(number, percent: false),
        };
    }

    private enum CellKind
    {
        Number,
        Date,
        Percent,
    }

    // What each cell style's number format shows: built-in ids 14–22 and 27–36, 45–47, 50–58 (the East Asian ones) are
    // dates and times, 9 and 10 percentages; a custom format is a date when it has d, m or y outside quotes and brackets.
    private static List<CellKind> CellFormats(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? string.Empty) ?? [];
        return stylesheet?.CellFormats?.Elements<CellFormat>().Select(format =>
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (custom.TryGetValue(id, out var code))
            {
                var bare = QuotedOrBracketed().Replace(code, string.Empty);
                return bare.Contains('%') ? CellKind.Percent : DatePart().IsMatch(bare) ? CellKind.Date : CellKind.Number;
            }
            return id switch
            {
                >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58 => CellKind.Date,
                9 or 10 => CellKind.Percent,
                _ => CellKind.Number,
            };
        }).ToList() ?? [];
    }

    [GeneratedRegex("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.")]
    private static partial Regex QuotedOrBracketed();

    [GeneratedRegex("[dmyDMY]")]
    private static partial Regex DatePart();

    // "C12" → column 2; letters A–XFD.
    private static int? Column(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
            return null;
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
                column = column * 26 + (c - 'A' + 1);
            else if (c is >= 'a' and <= 'z')
                column = column * 26 + (c - 'a' + 1);
            else
                break;
            if (++letters > 3)
                return null;
        }
        return letters == 0 ? null : column - 1;
    }

    private static int? RowOf(string reference)
    {
        var digits = reference.SkipWhile(char.IsAsciiLetter).ToArray();
        return int.TryParse(digits, out var row) && row is > 0 and <= 1_048_576 ? row - 1 : null;
    }

    // "B4:B5" → (3, 1, 4, 1).
    private static (int, int, int, int)? Range(string? reference)
    {
        var parts = reference?.Split(':');
        if (parts is not { Length: 2 })
            return null;
        return Column(parts[0]) is { } c1 && RowOf(parts[0]) is { } r1 && Column(parts[1]) is { } c2 && RowOf(parts[1]) is { } r2
            ? (r1, c1, r2, c2)
            : null;
    }
}
