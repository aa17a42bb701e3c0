using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Assistant.Knowledge.Tests.Sources.Docx;

/// <summary>Writes a .docx from WordprocessingML fragments as Word saves them, so tests read like the files they
/// stand for.</summary>
internal static class WordFixture
{
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    /// <param name="path">Where to write.</param>
    /// <param name="body">The paragraphs, each a <c>&lt;w:p&gt;</c> without namespace declarations.</param>
    /// <param name="styles">The <c>&lt;w:style&gt;</c> elements, when the document has a styles part.</param>
    /// <param name="numbering">The <c>&lt;w:abstractNum&gt;</c> and <c>&lt;w:num&gt;</c> elements, when it has lists.</param>
    public static void Write(string path, IEnumerable<string> body, string? styles = null, string? numbering = null)
    {
        using var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document($"<w:document {Namespaces}><w:body>{string.Concat(body)}</w:body></w:document>");
        if (styles is not null)
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles($"<w:styles {Namespaces}>{styles}</w:styles>");
        if (numbering is not null)
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering($"<w:numbering {Namespaces}>{numbering}</w:numbering>");
    }

    /// <summary>A paragraph with optional properties (<c>&lt;w:pPr&gt;</c> content) and one run of text.</summary>
    public static string P(string text, string properties = "") =>
        $"<w:p><w:pPr>{properties}</w:pPr><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    /// <summary>Paragraph properties numbering with list <paramref name="numId"/> at <paramref name="level"/>.</summary>
    public static string Num(int numId, int level = 0) => $"<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr>";

    /// <summary>A list level definition.</summary>
    public static string Level(int index, string format, string text, int start = 1, string suffix = "space", string extra = "") =>
        $"<w:lvl w:ilvl=\"{index}\"><w:start w:val=\"{start}\"/><w:numFmt w:val=\"{format}\"/>{extra}<w:suff w:val=\"{suffix}\"/><w:lvlText w:val=\"{text}\"/></w:lvl>";
}
