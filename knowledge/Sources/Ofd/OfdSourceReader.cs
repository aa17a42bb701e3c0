using System.Xml.Linq;
using Assistant.Knowledge.Sources.Pdf;
using Assistant.Knowledge.Sources.Scans;

namespace Assistant.Knowledge.Sources.Ofd;

/// <summary>
/// Reads OFD files (GB/T 33190, the fixed-layout format official documents are issued in): the first document of the
/// package, page by page, template pages (a letterhead, a running footer) under each page's own content. The text is
/// laid out as the PDF reader lays out a PDF page's words, so titles, letterheads, page numbers and wrapped lines come
/// out the same. A page without text whose image covers it is a scan, read by the scan recognizer when one is given.
/// </summary>
public sealed class OfdSourceReader : ISourceReader
{
    private const double MinScanShareOfPage = 0.5;
    private const string UndecodableEncodings = "JBIG2, TIFF or another format than JPEG, PNG, BMP or GIF";

    private readonly IScanRecognizer? _recognizer;

    /// <summary>A reader of OFD files with text; scans are reported as needing OCR.</summary>
    public OfdSourceReader()
    {
    }

    /// <summary>A reader that has scanned pages read by <paramref name="recognizer"/>.</summary>
    public OfdSourceReader(IScanRecognizer recognizer) => _recognizer = recognizer;

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".ofd"];

    /// <inheritdoc />
    public SourceReadResult Read(string path, string relativePath, CancellationToken cancellationToken = default)
    {
        using var package = OfdPackage.Open(path);
        if (!package.Has("OFD.xml"))
            throw new InvalidDataException("not an OFD file: the package has no OFD.xml");
        if (package.Has("Encryptions.xml"))
            throw new InvalidDataException("encrypted: open it in the OFD reader it came with and export a copy without protection");
        var root = package.Xml("OFD.xml");
        var documentLocation = Child(Child(root, "DocBody"), "DocRoot")?.Value is { Length: > 0 } docRoot
            ? OfdPackage.Resolve(string.Empty, docRoot)
            : throw new InvalidDataException("not an OFD file: OFD.xml names no document (DocBody/DocRoot)");
        var document = package.Xml(documentLocation);
        var folder = OfdPackage.FolderOf(documentLocation);
        var commonData = Child(document, "CommonData");
        var defaultArea = OfdPageContent.Box.Parse(Child(Child(commonData, "PageArea"), "PhysicalBox")?.Value);
        var templates = Children(commonData, "TemplatePage")
            .Where(t => t.Attribute("ID") is not null && t.Attribute("BaseLoc") is not null)
            .GroupBy(t => (string)t.Attribute("ID")!)
            .ToDictionary(g => g.Key, g => OfdPackage.Resolve(folder, (string)g.First().Attribute("BaseLoc")!));
        var media = new Lazy<Dictionary<string, string>>(() => MediaFiles(package, folder, document));
        // A letterhead template serves every page; it is parsed once.
        var templateContents = new Dictionary<string, XElement>(StringComparer.Ordinal);

        var pages = new List<IReadOnlyList<PdfLine>>();
        var undecodable = 0;
        foreach (var pageEntry in Children(Child(document, "Pages"), "Page"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pageLocation = OfdPackage.Resolve(folder, (string?)pageEntry.Attribute("BaseLoc") ?? string.Empty);
            var page = package.Xml(pageLocation);
            var area = OfdPageContent.Box.Parse(Child(Child(page, "Area"), "PhysicalBox")?.Value) is { Area: > 0 } own ? own : defaultArea;
            var number = pages.Count + 1;
            var runs = Children(page, "Template")
                .Select(t => (string?)t.Attribute("TemplateID"))
                .Where(id => id is not null && templates.ContainsKey(id))
                .SelectMany(id => OfdPageContent.Runs(
                    templateContents.TryGetValue(id!, out var parsed) ? parsed : templateContents[id!] = package.Xml(templates[id!]), area.Height))
                .Concat(OfdPageContent.Runs(page, area.Height));
            var lines = PdfLineBuilder.Lines(number, runs).ToList();
            if (lines.Count == 0 && _recognizer is not null && Scan(page, area) is { } scan)
            {
                var image = media.Value.TryGetValue(scan, out var location) && package.Has(location) ? package.Bytes(location) : null;
                if (image is not null && IsDecodable(image))
                    lines = ScannedPage.Read(_recognizer, image, number, cancellationToken);
                else
                    undecodable++;
            }
            pages.Add(lines);
        }
        if (pages.Count == 0)
            throw new InvalidDataException("no pages: the document lists none (Pages in its Document.xml)");
        if (pages.All(page => page.Count == 0))
            throw new InvalidDataException(ScannedPage.NoTextReason(_recognizer is not null, pages.Count, undecodable, UndecodableEncodings));
        return SourceReadResult.Of(PdfSourceReader.FromPages(path, relativePath, pages));
    }

    // The resource of the page's largest image, when it covers most of the page.
    private static string? Scan(XElement page, OfdPageContent.Box area)
    {
        var images = OfdPageContent.Images(page).ToList();
        if (images.Count == 0)
            return null;
        var largest = images.MaxBy(image => image.Boundary.Area);
        return largest.ResourceId.Length > 0 && area.Area > 0 && largest.Boundary.Area >= MinScanShareOfPage * area.Area
            ? largest.ResourceId
            : null;
    }

    // Resource ID → package location of the multimedia files the document's resource parts declare.
    private static Dictionary<string, string> MediaFiles(OfdPackage package, string folder, XElement document)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var commonData = Child(document, "CommonData");
        var resourceParts = Children(commonData, "PublicRes").Concat(Children(commonData, "DocumentRes"))
            .Select(part => OfdPackage.Resolve(folder, part.Value))
            .Where(package.Has);
        foreach (var location in resourceParts)
        {
            var resources = package.Xml(location);
            var mediaFolder = OfdPackage.Resolve(OfdPackage.FolderOf(location), (string?)resources.Attribute("BaseLoc") ?? string.Empty);
            foreach (var medium in Children(Child(resources, "MultiMedias"), "MultiMedia"))
            {
                if ((string?)medium.Attribute("ID") is { } id && Child(medium, "MediaFile")?.Value is { Length: > 0 } file)
                    files.TryAdd(id, OfdPackage.Resolve(mediaFolder, file));
            }
        }
        return files;
    }

    // What the recognizer decodes, told by the file's signature (the Format attribute is often left out).
    private static bool IsDecodable(byte[] image) => image switch
    {
        [0xFF, 0xD8, ..] => true,
        [0x89, 0x50, 0x4E, 0x47, ..] => true,
        [0x42, 0x4D, ..] => true,
        [0x47, 0x49, 0x46, ..] => true,
        _ => false,
    };

    private static XElement? Child(XElement? parent, string name) => parent?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static IEnumerable<XElement> Children(XElement? parent, string name) =>
        parent?.Elements().Where(e => e.Name.LocalName == name) ?? [];
}
