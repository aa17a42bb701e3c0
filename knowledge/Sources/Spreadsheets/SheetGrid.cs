using System.Globalization;

namespace Assistant.Knowledge.Sources.Spreadsheets;

/// <summary>A visible worksheet as its reader sees it: its shown rows in order, each cell as displayed ("" when empty),
/// a cell merged over several rows repeated in each of them, hidden rows left out.</summary>
/// <param name="Name">The sheet's tab name.</param>
/// <param name="Rows">The rows, each as wide as the widest.</param>
/// <param name="Spans">For each row, the cells of it merged across columns (first and last column): a header over
/// sub-headers (标准 over 在职 and 退休).</param>
internal sealed record SheetGrid(string Name, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<IReadOnlyList<(int From, int To)>> Spans)
{
    /// <summary>A grid from cells read by row and column; <paramref name="merges"/> are (first row, first column, last row,
    /// last column), and rows in <paramref name="hiddenRows"/> are dropped once the merges are filled in.</summary>
    public static SheetGrid From(string name, IReadOnlyDictionary<(int Row, int Column), string> cells,
        IEnumerable<(int FromRow, int FromColumn, int ToRow, int ToColumn)> merges, IReadOnlySet<int> hiddenRows)
    {
        var filled = cells.ToDictionary(cell => cell.Key, cell => cell.Value);
        var spans = new Dictionary<int, List<(int, int)>>();
        // A category merged down several rows names each of them; a title merged across one row stays one cell, and the
        // span is kept.
        foreach (var (fromRow, fromColumn, toRow, toColumn) in merges)
        {
            if (toColumn > fromColumn)
            {
                if (!spans.TryGetValue(fromRow, out var rowSpans))
                    spans[fromRow] = rowSpans = [];
                rowSpans.Add((fromColumn, toColumn));
            }
            if (toRow <= fromRow || !cells.TryGetValue((fromRow, fromColumn), out var value))
                continue;
            for (var row = fromRow + 1; row <= Math.Min(toRow, fromRow + MaxMergedRows); row++)
                filled[(row, fromColumn)] = value;
        }
        var width = filled.Count == 0 ? 0 : filled.Keys.Max(key => key.Column) + 1;
        var shown = filled.Keys.Select(key => key.Row).Where(row => !hiddenRows.Contains(row)).Distinct().Order().ToList();
        var rows = shown
            .Select(row => (IReadOnlyList<string>)Enumerable.Range(0, width)
                .Select(column => filled.TryGetValue((row, column), out var text) ? text.Trim() : string.Empty).ToArray())
            .ToList();
        return new SheetGrid(name, rows, shown.Select(row => (IReadOnlyList<(int, int)>)(spans.TryGetValue(row, out var s) ? s : [])).ToList());
    }

    // A damaged file may claim a merge down a million rows.
    private const int MaxMergedRows = 10_000;

    /// <summary>A number as a sheet shows it in the general format: 500, 1500.5, 12%.</summary>
    public static string Number(double value, bool percent) =>
        percent
            ? (value * 100).ToString("0.##########", CultureInfo.InvariantCulture) + "%"
            : value.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>A date as a sheet shows it: 2024-03-01, with the time when it has one.</summary>
    public static string Date(DateTime value) =>
        value.ToString(value.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
