using Assistant.Knowledge.Sources.Doc;

namespace Assistant.Knowledge.Sources;

/// <summary>
/// Says why a Word or Excel file in the Open XML format (.docx, .xlsx) did not open. Office saves a password-protected
/// one as a compound file holding an encrypted package, and a Word 97–2003 or Excel 97–2003 file renamed .docx or .xlsx
/// is a compound file too; both are told apart from a damaged file by their streams.
/// </summary>
internal static class OfficeOpenXmlFiles
{
    /// <summary>The reason for a file that is not an Open XML package, with what to do.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">What it should be, for the message: <c>a Word document</c>, <c>an Excel workbook</c>.</param>
    /// <param name="extension">Its extension: <c>.docx</c>, <c>.xlsx</c>.</param>
    public static string Reason(string path, string format, string extension)
    {
        var damaged = $"not {format} (damaged, or another format renamed {extension}): save it again as {extension}";
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException)
        {
            return damaged;
        }
        if (!CompoundFile.HasSignature(bytes))
            return damaged;
        try
        {
            var container = CompoundFile.Open(bytes);
            if (container.Has("EncryptedPackage"))
                return "password-protected: save a copy without the password";
            if (container.Has("WordDocument"))
                return $"a Word 97–2003 document named {extension}: rename it .doc";
            if (container.Has("Workbook") || container.Has("Book"))
                return $"an Excel 97–2003 workbook named {extension}: rename it .xls";
            return damaged;
        }
        catch (InvalidDataException)
        {
            return damaged;
        }
    }
}
