using System.Globalization;
using System.Xml.Linq;
using Assistant.Knowledge.Sources.Odf;
using static Assistant.Knowledge.Sources.Odf.OdfNames;

namespace Assistant.Knowledge.Sources.Spreadsheets;

/// <summary>The visible sheets of an OpenDocument spreadsheet (.ods, or the flat .fods): repeated rows and columns
/// expanded, numbers, percentages and dates as shown, merged cells, hidden (collapsed or filtered) rows and hidden sheets.</summary>
internal static class OdsSheets
{
    // A sheet's last row is often repeated a million times to fill the grid; nothing past the content is wanted.
    private const int MaxRepeat = 1_000;

    public static List<SheetGrid> Read(string path)
    {
        var (content, _) = OdfPackage.Open(path, "spreadsheet");
        var hiddenTables = content.Descendants(Style + "style")
            .Where(style => (string?)style.Attribute(Style + "family") == "table"
                && (string?)style.Element(Style + "table-properties")?.Attribute(Table + "display") == "false")
            .Select(style => (string?)style.Attribute(Style + "name"))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var spreadsheet = content.Element(Office + "body")?.Element(Office + "spreadsheet")
            ?? throw new InvalidDataException("not a spreadsheet: it has no office:spreadsheet body (a text document saved as .ods?)");
        var grids = new List<SheetGrid>();
        foreach (var table in spreadsheet.Elements(Table + "table"))
        {
            if ((string?)table.Attribute(Table + "style-name") is { } style && hiddenTables.Contains(style))
                continue;
            grids.Add(Sheet(table));
        }
        return grids;
    }

    private static SheetGrid Sheet(XElement table)
    {
        var cells = new Dictionary<(int, int), string>();
        var merges = new List<(int, int, int, int)>();
        var hidden = new HashSet<int>();
        var row = 0;
        foreach (var rowElement in table.Descendants(Table + "table-row").Where(r => r.Ancestors(Table + "table").First() == table))
        {
            var repeat = Math.Clamp(int.TryParse((string?)rowElement.Attribute(Table + "number-rows-repeated"), out var rows) ? rows : 1, 1, MaxRepeat);
            var collapsed = (string?)rowElement.Attribute(Table + "visibility") is "collapse" or "filter";
            for (var copy = 0; copy < repeat; copy++, row++)
            {
                if (collapsed)
                    hidden.Add(row);
                var column = 0;
                foreach (var cell in rowElement.Elements())
                {
                    var span = Math.Clamp(int.TryParse((string?)cell.Attribute(Table + "number-columns-repeated"), out var columns) ? columns : 1, 1, MaxRepeat);
                    var text = cell.Name == Table + "table-cell" ? CellText(cell) : string.Empty;
                    for (var c = 0; c < span; c++, column++)
                    {
                        if (text.Length > 0)
                            cells[(row, column)] = text;
                        var down = int.TryParse((string?)cell.Attribute(Table + "number-rows-spanned"), out var tall) ? tall : 1;
                        var across = int.TryParse((string?)cell.Attribute(Table + "number-columns-spanned"), out var wide) ? wide : 1;
                        if (copy == 0 && c == 0 && (down > 1 || across > 1))
                            merges.Add((row, column, row + Math.Max(down, 1) - 1, column + Math.Max(across, 1) - 1));
                    }
                }
            }
        }
        return SheetGrid.From((string?)table.Attribute(Table + "name") ?? string.Empty, cells, merges, hidden);
    }

    private static string CellText(XElement cell)
    {
        var type = (string?)cell.Attribute(Office + "value-type");
        if (type is "float" or "currency" or "percentage"
            && double.TryParse((string?)cell.Attribute(Office + "value"), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return SheetGrid.Number(number, percent: type == "percentage");
        if (type == "date" && DateTime.TryParse((string?)cell.Attribute(Office + "date-value"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return SheetGrid.Date(date);
        return string.Join(' ', cell.Elements(Text + "p").Select(p => string.Concat(p.DescendantNodes().OfType<XText>()
            .Where(t => !t.Ancestors(Office + "annotation").Any())
            .Select(t => t.Value))));
    }
}
