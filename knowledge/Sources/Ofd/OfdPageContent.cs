using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Assistant.Knowledge.Sources.Pdf;

namespace Assistant.Knowledge.Sources.Ofd;

/// <summary>
/// The text of an OFD page's content (its layers and page blocks) as runs set on the page: each text object's codes
/// placed glyph by glyph from their X, Y and DeltaX, cut where the glyphs leave a gap, in PDF points with y growing
/// upwards so the PDF reader's layout steps apply. Text that is hidden, or turned or slanted (a watermark, the text of
/// a stamp), is left out.
/// </summary>
internal static class OfdPageContent
{
    /// <summary>Points per millimetre, the unit of OFD's page coordinates.</summary>
    public const double PointsPerMillimetre = 72 / 25.4;

    // A gap wider than this share of an em between two glyphs of one text code is a word space.
    private const double SpaceEm = 0.15;

    // Watermarks and the text around a seal are set at an angle; rule text is level.
    private const double MaxSlant = 0.02;

    /// <summary>The runs of text in <paramref name="page"/>, a page or template page element.</summary>
    /// <param name="page">The root element of the page's content part.</param>
    /// <param name="pageHeight">The page's height in millimetres.</param>
    public static IEnumerable<PlacedRun> Runs(XElement page, double pageHeight) =>
        page.Elements().Where(e => e.Name.LocalName == "Content")
            .SelectMany(content => content.Elements())
            .SelectMany(layer => TextObjects(layer))
            .SelectMany(text => TextRuns(text, pageHeight));

    /// <summary>The image objects of a page (a scan is one covering most of it), with their boundaries in millimetres.</summary>
    public static IEnumerable<(string ResourceId, Box Boundary)> Images(XElement page) =>
        page.Elements().Where(e => e.Name.LocalName == "Content")
            .SelectMany(content => content.Elements())
            .SelectMany(layer => Descendants(layer, "ImageObject"))
            .Where(Visible)
            .Select(image => ((string?)image.Attribute("ResourceID") ?? string.Empty, Box.Parse((string?)image.Attribute("Boundary"))));

    private static IEnumerable<XElement> TextObjects(XElement container) => Descendants(container, "TextObject").Where(Visible);

    // Layers hold objects directly or inside page blocks, which nest.
    private static IEnumerable<XElement> Descendants(XElement container, string name)
    {
        foreach (var child in container.Elements())
        {
            if (child.Name.LocalName == name)
                yield return child;
            else if (child.Name.LocalName == "PageBlock")
            {
                foreach (var nested in Descendants(child, name))
                    yield return nested;
            }
        }
    }

    private static bool Visible(XElement element) =>
        !string.Equals((string?)element.Attribute("Visible"), "false", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<PlacedRun> TextRuns(XElement text, double pageHeight)
    {
        var boundary = Box.Parse((string?)text.Attribute("Boundary"));
        var size = Number((string?)text.Attribute("Size"), 0);
        var ctm = Numbers((string?)text.Attribute("CTM"));
        var (a, b, c, d, e, f) = ctm.Count == 6 ? (ctm[0], ctm[1], ctm[2], ctm[3], ctm[4], ctm[5]) : (1, 0, 0, 1, 0, 0);
        if (size <= 0 || Math.Abs(b) > MaxSlant * Math.Abs(a) || Math.Abs(c) > MaxSlant * Math.Abs(d) || a <= 0 || d <= 0)
            yield break;
        var em = size * d;
        double x = 0, y = 0;
        foreach (var code in text.Elements().Where(el => el.Name.LocalName == "TextCode"))
        {
            // A code without X or Y takes the previous code's.
            x = Number((string?)code.Attribute("X"), x);
            y = Number((string?)code.Attribute("Y"), y);
            var glyphs = code.Value.EnumerateRunes().Select(r => r.ToString()).ToList();
            var deltas = Deltas((string?)code.Attribute("DeltaX"));
            var baseline = boundary.Top + d * y + f;
            var run = new StringBuilder();
            double runLeft = 0, pen = x;
            for (var i = 0; i < glyphs.Count; i++)
            {
                var left = boundary.Left + a * pen + e;
                var advance = i < deltas.Count ? deltas[i] : deltas.Count > 0 ? deltas[^1] : size * Width(glyphs[i]);
                if (string.IsNullOrWhiteSpace(glyphs[i]))
                {
                    if (run.Length > 0)
                        yield return Placed(run, runLeft, left, baseline, em, pageHeight);
                    run.Clear();
                    pen += advance;
                    continue;
                }
                if (run.Length == 0)
                    runLeft = left;
                run.Append(glyphs[i]);
                // A glyph with a next one ends where its advance does, up to an em: wider is a gap.
                var width = i < glyphs.Count - 1 ? Math.Min(advance, size) : size * Width(glyphs[i]);
                var right = left + a * width;
                var next = boundary.Left + a * (pen + advance) + e;
                if (i == glyphs.Count - 1 || next - right > SpaceEm * em)
                {
                    yield return Placed(run, runLeft, right, baseline, em, pageHeight);
                    run.Clear();
                }
                pen += advance;
            }
        }
    }

    // The width of a code's last glyph, which no advance gives: Chinese characters, full-width forms and the dashes,
    // quotation marks and ellipsis of Chinese text take an em; other letters are taken as narrow.
    private static double Width(string glyph) =>
        glyph.Length == 1 && (PdfLine.IsCjk(glyph[0]) || glyph[0] is '—' or '―' or '…' or '“' or '”' or '‘' or '’') ? 1.0 : 0.5;

    private static PlacedRun Placed(StringBuilder text, double left, double right, double baseline, double em, double pageHeight) =>
        new(text.ToString(), left * PointsPerMillimetre, right * PointsPerMillimetre, (pageHeight - baseline) * PointsPerMillimetre,
            em * PointsPerMillimetre, Enumerable.Repeat(em * PointsPerMillimetre, text.Length).ToList());

    /// <summary>A DeltaX or DeltaY list: numbers, where <c>g 3 4.2</c> stands for 4.2 three times.</summary>
    public static List<double> Deltas(string? value)
    {
        var tokens = (value ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var deltas = new List<double>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i] == "g" && i + 2 < tokens.Length && int.TryParse(tokens[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count)
                && double.TryParse(tokens[i + 2], NumberStyles.Float, CultureInfo.InvariantCulture, out var repeated))
            {
                deltas.AddRange(Enumerable.Repeat(repeated, Math.Clamp(count, 0, 100_000)));
                i += 2;
            }
            else if (double.TryParse(tokens[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var delta))
            {
                deltas.Add(delta);
            }
        }
        return deltas;
    }

    private static List<double> Numbers(string? value) =>
        (value ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(token => double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.NaN)
            .Where(double.IsFinite).ToList();

    private static double Number(string? value, double fallback) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : fallback;

    /// <summary>A rectangle in millimetres, from a Boundary or PhysicalBox value (<c>x y width height</c>).</summary>
    public readonly record struct Box(double Left, double Top, double Width, double Height)
    {
        /// <summary>The box a value gives, or an empty one at the origin.</summary>
        public static Box Parse(string? value)
        {
            var n = Numbers(value);
            return n.Count == 4 ? new Box(n[0], n[1], n[2], n[3]) : default;
        }

        /// <summary>Its area.</summary>
        public double Area => Math.Max(Width, 0) * Math.Max(Height, 0);
    }
}
