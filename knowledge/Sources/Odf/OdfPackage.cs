using System.IO.Compression;
using System.Xml.Linq;

namespace Assistant.Knowledge.Sources.Odf;

/// <summary>The XML of an OpenDocument file: content.xml and styles.xml of a zip package (.odt, .ods), or the one
/// document of a flat file (.fodt, .fods). Every problem is an <see cref="InvalidDataException"/> saying what is wrong.</summary>
internal static class OdfPackage
{
    /// <summary>The content's root and the style parts' roots (none for a flat file, whose content holds its styles).</summary>
    /// <param name="path">The file.</param>
    /// <param name="kind">What the file should be, for messages: <c>text</c>, <c>spreadsheet</c>.</param>
    public static (XElement Content, List<XElement> Styles) Open(string path, string kind)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension.StartsWith(".f", StringComparison.Ordinal))
            return (Load(() => File.OpenRead(path), Path.GetFileName(path)), []);
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException)
        {
            throw new InvalidDataException($"not an OpenDocument {kind}: it is not a zip package (damaged, or another format renamed {extension})");
        }
        using (zip)
        {
            if (zip.GetEntry("META-INF/manifest.xml") is { } manifest
                && Load(manifest.Open, "META-INF/manifest.xml").Descendants().Any(e => e.Name.LocalName == "encryption-data"))
                throw new InvalidDataException("password-protected: save a copy without the password");
            var content = zip.GetEntry("content.xml") ?? throw new InvalidDataException($"not an OpenDocument {kind}: the package has no content.xml");
            var styles = zip.GetEntry("styles.xml") is { } entry ? [Load(entry.Open, "styles.xml")] : new List<XElement>();
            return (Load(content.Open, "content.xml"), styles);
        }
    }

    private static XElement Load(Func<Stream> open, string part)
    {
        using var stream = open();
        // Spaces inside paragraphs are text; OpenDocument's own rules say how they collapse.
        return XmlPart.Load(stream, part, LoadOptions.PreserveWhitespace);
    }
}
