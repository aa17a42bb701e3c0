using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

// Lays a PDF's pages out again as an OFD file (GB/T 33190) the way OFD converters write one: each word a TextObject
// whose Boundary is in millimetres from the page's top left, its TextCode at the baseline with the letters' advances in
// DeltaX ("g N d" for N equal ones), fonts in PublicRes.xml, and a page-sized image as an ImageObject whose picture is
// a MultiMedia of DocumentRes.xml. No OFD writer runs on our machines; this gives the OFD reader the same documents the
// PDF bench reads, so the two can be compared.
// Usage: pdftoofd IN.pdf OUT.ofd
if (args.Length != 2 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: pdftoofd IN.pdf OUT.ofd");
    return 2;
}

XNamespace ofd = "http://www.ofdspec.org/2016";
const double MillimetresPerPoint = 25.4 / 72;
string Mm(double points) => (points * MillimetresPerPoint).ToString("0.###", CultureInfo.InvariantCulture);

using var pdf = PdfDocument.Open(args[0]);
using var output = File.Create(args[1]);
using var zip = new ZipArchive(output, ZipArchiveMode.Create);
void Write(string location, XElement root)
{
    using var stream = zip.CreateEntry(location, CompressionLevel.Optimal).Open();
    using var writer = System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true });
    new XDocument(new XDeclaration("1.0", "UTF-8", null), root).Save(writer);
}

var nextId = 1;
var fonts = new Dictionary<string, int>(StringComparer.Ordinal);
var media = new List<XElement>();
var pages = new List<XElement>();
foreach (var page in pdf.GetPages())
{
    var height = page.Height;
    var layer = new XElement(ofd + "Layer", new XAttribute("ID", nextId++));
    foreach (var image in page.GetImages())
    {
        var bytes = image.RawBytes.ToArray();
        var id = nextId++;
        var file = $"Image_{id}.jpg";
        zip.CreateEntry($"Doc_0/Res/{file}", CompressionLevel.NoCompression).Open().Using(s => s.Write(bytes));
        media.Add(new XElement(ofd + "MultiMedia", new XAttribute("ID", id), new XAttribute("Type", "Image"), new XAttribute("Format", "JPEG"),
            new XElement(ofd + "MediaFile", file)));
        var box = image.BoundingBox;
        layer.Add(new XElement(ofd + "ImageObject", new XAttribute("ID", nextId++),
            new XAttribute("Boundary", $"{Mm(box.Left)} {Mm(height - box.Top)} {Mm(box.Width)} {Mm(box.Height)}"),
            new XAttribute("CTM", $"{Mm(box.Width)} 0 0 {Mm(box.Height)} 0 0"), new XAttribute("ResourceID", id)));
    }
    foreach (var word in page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)))
    {
        var letters = word.Letters;
        var size = letters[0].PointSize;
        var fontName = letters[0].FontName ?? "SimSun";
        if (!fonts.TryGetValue(fontName, out var font))
            fonts[fontName] = font = nextId++;
        var left = letters.Min(l => Math.Min(l.BoundingBox.Left, l.StartBaseLine.X));
        var top = letters.Max(l => Math.Max(l.BoundingBox.Top, l.StartBaseLine.Y + size * 0.88));
        var right = letters.Max(l => Math.Max(l.BoundingBox.Right, l.EndBaseLine.X));
        var bottom = letters.Min(l => Math.Min(l.BoundingBox.Bottom, l.StartBaseLine.Y - size * 0.12));
        var baseline = letters[0].StartBaseLine.Y;
        var advances = new List<double>();
        for (var i = 1; i < letters.Count; i++)
            advances.Add((letters[i].StartBaseLine.X - letters[i - 1].StartBaseLine.X) * MillimetresPerPoint);
        var code = new XElement(ofd + "TextCode",
            new XAttribute("X", Mm(letters[0].StartBaseLine.X - left)), new XAttribute("Y", Mm(top - baseline)), string.Concat(letters.Select(l => l.Value)));
        if (advances.Count > 0)
            code.Add(new XAttribute("DeltaX", Deltas(advances)));
        layer.Add(new XElement(ofd + "TextObject", new XAttribute("ID", nextId++),
            new XAttribute("Boundary", $"{Mm(left)} {Mm(height - top)} {Mm(right - left)} {Mm(top - bottom)}"),
            new XAttribute("Font", font), new XAttribute("Size", Mm(size)),
            new XElement(ofd + "FillColor", new XAttribute("Value", "0 0 0")), code));
    }
    var pageId = nextId++;
    var location = $"Pages/Page_{pages.Count}/Content.xml";
    Write($"Doc_0/{location}", new XElement(ofd + "Page",
        new XAttribute(XNamespace.Xmlns + "ofd", ofd),
        new XElement(ofd + "Area", new XElement(ofd + "PhysicalBox", $"0 0 {Mm(page.Width)} {Mm(height)}")),
        new XElement(ofd + "Content", layer)));
    pages.Add(new XElement(ofd + "Page", new XAttribute("ID", pageId), new XAttribute("BaseLoc", location)));
}

var first = pdf.GetPage(1);
Write("Doc_0/PublicRes.xml", new XElement(ofd + "Res", new XAttribute(XNamespace.Xmlns + "ofd", ofd), new XAttribute("BaseLoc", "Res"),
    new XElement(ofd + "Fonts", fonts.Select(f => new XElement(ofd + "Font", new XAttribute("ID", f.Value), new XAttribute("FontName", f.Key))))));
Write("Doc_0/DocumentRes.xml", new XElement(ofd + "Res", new XAttribute(XNamespace.Xmlns + "ofd", ofd), new XAttribute("BaseLoc", "Res"),
    new XElement(ofd + "MultiMedias", media)));
Write("Doc_0/Document.xml", new XElement(ofd + "Document", new XAttribute(XNamespace.Xmlns + "ofd", ofd),
    new XElement(ofd + "CommonData",
        new XElement(ofd + "MaxUnitID", nextId),
        new XElement(ofd + "PageArea", new XElement(ofd + "PhysicalBox", $"0 0 {Mm(first.Width)} {Mm(first.Height)}")),
        new XElement(ofd + "PublicRes", "PublicRes.xml"),
        new XElement(ofd + "DocumentRes", "DocumentRes.xml")),
    new XElement(ofd + "Pages", pages)));
Write("OFD.xml", new XElement(ofd + "OFD", new XAttribute(XNamespace.Xmlns + "ofd", ofd), new XAttribute("Version", "1.0"), new XAttribute("DocType", "OFD"),
    new XElement(ofd + "DocBody",
        new XElement(ofd + "DocInfo", new XElement(ofd + "DocID", Guid.NewGuid().ToString("N")), new XElement(ofd + "CreationDate", DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        new XElement(ofd + "DocRoot", "Doc_0/Document.xml"))));
return 0;

// Equal neighbouring advances as "g N d", as converters write the even spacing of Chinese text.
static string Deltas(List<double> advances)
{
    var text = new StringBuilder();
    for (var i = 0; i < advances.Count;)
    {
        var value = Math.Round(advances[i], 3);
        var run = 1;
        while (i + run < advances.Count && Math.Round(advances[i + run], 3) == value)
            run++;
        var formatted = value.ToString("0.###", CultureInfo.InvariantCulture);
        text.Append(text.Length > 0 ? " " : string.Empty).Append(run >= 3 ? $"g {run} {formatted}" : string.Join(' ', Enumerable.Repeat(formatted, run)));
        i += run;
    }
    return text.ToString();
}

internal static class StreamExtensions
{
    public static void Using(this Stream stream, Action<Stream> write)
    {
        using (stream)
            write(stream);
    }
}
