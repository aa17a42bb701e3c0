using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace Assistant.Knowledge.Sources.Spreadsheets;

/// <summary>The visible sheets of an Excel 97–2003 workbook (.xls) or a WPS spreadsheet saved in that format (.et), read
/// with ExcelDataReader: numbers and dates as shown, merged cells, hidden rows (height 0) and sheets left out.</summary>
internal static class BiffSheets
{
    public static List<SheetGrid> Read(string path)
    {
        // ExcelDataReader decodes a workbook's code page record through Encoding.GetEncoding, which knows Windows and GBK
        // code pages only once this provider is registered (process-wide, and registering it again changes nothing).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(path);
        try
        {
            // A workbook's strings may be stored in its own code page (GBK for a Chinese Excel 97 file).
            using var reader = ExcelReaderFactory.CreateBinaryReader(stream, new ExcelReaderConfiguration { FallbackEncoding = Encoding.GetEncoding(936) });
            var grids = new List<SheetGrid>();
            do
            {
                if (!string.Equals(reader.VisibleState, "visible", StringComparison.OrdinalIgnoreCase))
                    continue;
                var cells = new Dictionary<(int, int), string>();
                var hidden = new HashSet<int>();
                for (var row = 0; reader.Read(); row++)
                {
                    if (reader.RowHeight <= 0)
                        hidden.Add(row);
                    for (var column = 0; column < reader.FieldCount; column++)
                    {
                        var text = Text(reader.GetValue(column), reader.GetNumberFormatString(column));
                        if (text.Length > 0)
                            cells[(row, column)] = text;
                    }
                }
                var merges = (reader.MergeCells ?? []).Select(m => (m.FromRow, m.FromColumn, m.ToRow, m.ToColumn));
                grids.Add(SheetGrid.From(reader.Name ?? string.Empty, cells, merges, hidden));
            }
            while (reader.NextResult());
            return grids;
        }
        catch (InvalidPasswordException)
        {
            throw new InvalidDataException("password-protected: save a copy without the password");
        }
        catch (HeaderException)
        {
            throw new InvalidDataException("not an Excel 97–2003 workbook (damaged, or another format renamed): save it again as .xlsx");
        }
        catch (ExcelReaderException exception)
        {
            throw new InvalidDataException($"the workbook could not be read ({exception.Message}): save it again as .xlsx");
        }
    }

    private static string Text(object? value, string? format) => value switch
    {
        null => string.Empty,
        string text => text,
        double number => SheetGrid.Number(number, percent: format?.Contains('%') == true),
        DateTime date => SheetGrid.Date(date),
        bool flag => flag ? "TRUE" : "FALSE",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
