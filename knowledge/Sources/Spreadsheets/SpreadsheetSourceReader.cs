using Assistant.Knowledge.Parsing;

namespace Assistant.Knowledge.Sources.Spreadsheets;

/// <summary>
/// Reads workbooks of standards and lists (.xlsx and .xlsm through the Open XML SDK; Excel 97–2003 .xls and WPS .et
/// through ExcelDataReader; OpenDocument .ods and .fods by our own reader): every visible sheet's table, each row a section named by its first cell of text, its
/// values with their column names, as <see cref="SheetLayout"/> lays it out. Hidden sheets and rows are left out: they
/// often hold superseded standards.
/// </summary>
public sealed class SpreadsheetSourceReader : ISourceReader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".xlsx", ".xlsm", ".xls", ".et", ".ods", ".fods"];

    /// <inheritdoc />
    public SourceReadResult Read(string path, string relativePath, CancellationToken cancellationToken = default)
    {
        List<SheetGrid> sheets;
        try
        {
            sheets = Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".xlsx" or ".xlsm" => OpenXml(path),
                ".ods" or ".fods" => OdsSheets.Read(path),
                _ => BiffSheets.Read(path),
            };
        }
        catch (Exception exception) when (exception is not (InvalidDataException or IOException or UnauthorizedAccessException or OperationCanceledException))
        {
            // The workbook libraries meet damaged structures with whatever exception their parsing runs into (an XML
            // error, "Bad SST format"); to the union it is one thing, a damaged file.
            throw new InvalidDataException($"the workbook is damaged ({exception.GetType().Name}: {exception.Message}): open it in Excel or WPS and save it again");
        }
        var (title, blocks, people) = SheetLayout.Blocks(sheets);
        var failures = people.Select(sheet => new SourceFailure(path,
            $"sheet {sheet.Sheet} not indexed: it lists people ({string.Join(", ", sheet.Columns)}), and the knowledge base is read by every employee; keep such lists out of the knowledge folders"))
            .ToList();
        return blocks.Count == 0 && failures.Count > 0
            ? new SourceReadResult([], failures)
            : new SourceReadResult([new SourceText(path, relativePath, title, [], new Dictionary<string, string>(), blocks)], failures);
    }

    private static List<SheetGrid> OpenXml(string path)
    {
        try
        {
            return XlsxSheets.Read(path);
        }
        catch (Exception exception) when (exception is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or FileFormatException)
        {
            throw new InvalidDataException(OfficeOpenXmlFiles.Reason(path, "an Excel workbook", Path.GetExtension(path).ToLowerInvariant()));
        }
    }
}
