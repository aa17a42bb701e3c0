using System.Text.RegularExpressions;
using Assistant.Knowledge.Parsing;

namespace Assistant.Knowledge.Sources.Spreadsheets;

/// <summary>
/// Reads a table of standards as a person does: the caption above it is the title (江河公司工会会员慰问标准), a line such
/// as 单位：元 says what the numbers mean, the first row of several cells names the columns, and every row after it is a
/// citable section named by its item (结婚慰问: the first column of text whose values differ from row to row), its text
/// each value with its column's name (标准：500；条件：会员本人依法登记结婚；单位：元). A row of one cell is a group
/// heading (一、喜庆慰问), or a note (注：…) when it says so; with several sheets each sheet is a heading. A sheet that
/// lists people (姓名 beside 身份证号, 手机…) is left out: the knowledge base is read by every employee.
/// </summary>
internal static partial class SheetLayout
{
    private const int SheetLevel = 1;
    private const int GroupLevel = 2;
    private const int RowLevel = 3;

    /// <summary>The title and blocks of a workbook's sheets (the title is null when no sheet has a caption), and the
    /// sheets left out because they list people, with the columns that say so.</summary>
    public static (string? Title, List<TextBlock> Blocks, List<(string Sheet, IReadOnlyList<string> Columns)> People) Blocks(IReadOnlyList<SheetGrid> sheets)
    {
        string? title = null;
        var blocks = new List<TextBlock>();
        var people = new List<(string, IReadOnlyList<string>)>();
        var withText = sheets.Where(sheet => sheet.Rows.Any(row => Filled(row) > 0)).ToList();
        foreach (var sheet in withText)
        {
            var shown = Enumerable.Range(0, sheet.Rows.Count).Where(i => Filled(sheet.Rows[i]) > 0).ToList();
            var rows = shown.Select(i => sheet.Rows[i]).ToList();
            var captions = rows.TakeWhile(row => Filled(row) == 1).Select(row => row.First(cell => cell.Length > 0)).ToList();
            if (rows.Count > captions.Count && PersonalData.PersonalColumns(rows[captions.Count]) is { Count: > 0 } personal)
            {
                people.Add((sheet.Name, personal));
                continue;
            }
            var units = captions.Where(caption => UnitLine().IsMatch(caption)).ToList();
            var lines = captions.Where(caption => !UnitLine().IsMatch(caption)).ToList();
            if (title is null && lines.Count > 0)
            {
                title = lines[0];
                lines.RemoveAt(0);
            }
            if (withText.Count > 1)
                blocks.Add(new TextBlock(sheet.Name, SheetLevel));
            blocks.AddRange(lines.Select(line => new TextBlock(line, 0)));
            AddTable(rows.Skip(captions.Count).ToList(), shown.Skip(captions.Count).Select(i => sheet.Spans[i]).ToList(), units, blocks);
        }
        return (title, blocks, people);
    }

    private static void AddTable(List<IReadOnlyList<string>> rows, List<IReadOnlyList<(int From, int To)>> spans, List<string> units, List<TextBlock> blocks)
    {
        if (rows.Count == 0)
            return;
        var header = rows[0];
        if (SubHeader(rows, spans) is { } combined)
        {
            header = combined;
            rows = [combined, .. rows.Skip(2)];
        }
        var sequence = Enumerable.Range(0, header.Count).Where(column => SequenceHeader().IsMatch(header[column])).ToHashSet();
        var naming = NamingColumn(rows.Skip(1).Where(row => Filled(row) > 1).ToList(), sequence);
        var notes = new List<string>();
        foreach (var row in rows.Skip(1))
        {
            if (Filled(row) == 1)
            {
                var only = row.First(cell => cell.Length > 0);
                if (NoteLine().IsMatch(only))
                    notes.Add(only);
                else
                    blocks.Add(new TextBlock(only, GroupLevel));
                continue;
            }
            var cells = Enumerable.Range(0, row.Count).Where(column => row[column].Length > 0 && !sequence.Contains(column)).ToList();
            if (cells.Count == 0)
                continue;
            var label = naming is { } named && row[named].Length > 0
                ? row[named]
                : cells.Select(column => row[column]).FirstOrDefault(cell => !IsNumber(cell)) ?? row[cells[0]];
            var values = cells.Select(column => column < header.Count && header[column].Length > 0 ? $"{header[column]}：{row[column]}" : row[column]);
            blocks.Add(new TextBlock(label, RowLevel));
            blocks.Add(new TextBlock(string.Join("；", values.Concat(units)), 0));
        }
        if (notes.Count > 0)
        {
            blocks.Add(new TextBlock("说明", GroupLevel));
            blocks.AddRange(notes.Select(note => new TextBlock(note, 0)));
        }
    }

    // A header cell merged across columns over a second row that names them (标准 over 在职会员 and 退休会员) gives each
    // column both names: 标准（在职会员）. The second row is a header when it has text under the merged cell and no numbers.
    private static IReadOnlyList<string>? SubHeader(List<IReadOnlyList<string>> rows, List<IReadOnlyList<(int From, int To)>> spans)
    {
        if (rows.Count < 2 || spans[0].Count == 0)
            return null;
        var (header, below) = (rows[0], rows[1]);
        if (below.Any(cell => cell.Length > 0 && IsNumber(cell))
            || !spans[0].Any(span => Enumerable.Range(span.From, span.To - span.From + 1).Any(column => column < below.Count && below[column].Length > 0)))
            return null;
        var combined = header.ToArray();
        foreach (var (from, to) in spans[0])
        {
            for (var column = from; column <= to && column < combined.Length; column++)
            {
                var sub = below[column];
                combined[column] = sub.Length > 0 && sub != header[from] ? $"{header[from]}（{sub}）" : header[from];
            }
        }
        return combined;
    }

    // The column that names the rows: the first of text whose values differ from row to row. A category merged down
    // several rows (喜庆慰问 over 结婚慰问 and 生育慰问) repeats, so the item beside it names the row.
    private static int? NamingColumn(List<IReadOnlyList<string>> data, HashSet<int> sequence)
    {
        if (data.Count == 0)
            return null;
        for (var column = 0; column < data[0].Count; column++)
        {
            if (sequence.Contains(column))
                continue;
            var values = data.Select(row => row[column]).Where(cell => cell.Length > 0).ToList();
            if (values.Count == data.Count && values.All(cell => !IsNumber(cell)) && values.Distinct().Count() == values.Count)
                return column;
        }
        return null;
    }

    private static int Filled(IReadOnlyList<string> row) => row.Count(cell => cell.Length > 0);

    private static bool IsNumber(string cell) => double.TryParse(cell.TrimEnd('%'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    [GeneratedRegex(@"^(单位|计量单位|金额单位)\s*[:：]")]
    private static partial Regex UnitLine();

    [GeneratedRegex(@"^(注|备注|说明|附注)\s*[:：0-9１-９一二三四五六七八九十]")]
    private static partial Regex NoteLine();

    [GeneratedRegex(@"^(序号|序|编号|项次|No\.?|#)$", RegexOptions.IgnoreCase)]
    private static partial Regex SequenceHeader();
}
