using System.Globalization;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

// Makes a scan worse the way real scans are: each page image of a scanned PDF rotated clockwise by a small angle (a sheet
// fed askew) or a quarter, half or three-quarter turn (a sheet scanned sideways or upside down; the page turns with it),
// blurred (a scanner out of focus), speckled with dark dots (dust, a worn glass), and saved again as a JPEG page of the
// given quality. --seal 1 stamps every page with a red seal (a 42 mm ring, a star and the union's name round it) over
// the middle of its text, as official documents are stamped; the page is kept in colour. --photo 1 photographs the
// sheet as a phone does: lying on a darker desk, seen at an angle (its corners pulled in by 3 % to 9 %), lit unevenly.
// Usage: scanvariants [--rotate DEGREES] [--blur SIGMA] [--specks SHARE] [--seal 1] [--photo 1] [--quality Q] IN.pdf OUT.pdf
var options = new Dictionary<string, double> { ["--rotate"] = 0, ["--blur"] = 0, ["--specks"] = 0, ["--seal"] = 0, ["--photo"] = 0, ["--quality"] = 85 };
var files = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (options.ContainsKey(args[i]) && i + 1 < args.Length && double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value))
        options[args[i++]] = value;
    else
        files.Add(args[i]);
}
if (files.Count != 2)
{
    Console.Error.WriteLine("usage: scanvariants [--rotate DEGREES] [--blur SIGMA] [--specks SHARE] [--seal 1] [--photo 1] [--quality Q] IN.pdf OUT.pdf");
    return 2;
}
var (input, output) = (files[0], files[1]);
var angle = options["--rotate"];
// The same specks on every run, so a variant can be measured again.
var random = new Random(20261125);

using var source = PdfDocument.Open(input);
var builder = new PdfDocumentBuilder();
foreach (var page in source.GetPages())
{
    var image = page.GetImages().MaxBy(i => i.BoundingBox.Area)
        ?? throw new InvalidDataException($"{input}: page {page.Number} has no image");
    using var bitmap = SKBitmap.Decode(image.RawBytes.ToArray())
        ?? throw new InvalidDataException($"{input}: page {page.Number}'s image is not a JPEG or PNG");
    var sideways = Math.Abs(angle % 180) == 90;
    using var changed = sideways ? new SKBitmap(bitmap.Height, bitmap.Width) : new SKBitmap(bitmap.Width, bitmap.Height);
    using (var canvas = new SKCanvas(changed))
    {
        canvas.Clear(SKColors.White);
        canvas.Translate(changed.Width / 2f, changed.Height / 2f);
        canvas.RotateDegrees((float)angle);
        canvas.Translate(-bitmap.Width / 2f, -bitmap.Height / 2f);
        using var blur = options["--blur"] > 0 ? SKImageFilter.CreateBlur((float)options["--blur"], (float)options["--blur"]) : null;
        using var paint = new SKPaint { ImageFilter = blur };
        canvas.DrawBitmap(bitmap, 0, 0, paint);
    }
    if (options["--seal"] > 0)
        Seal(changed, page.Width);
    var specks = (int)(options["--specks"] * changed.Width * changed.Height);
    for (var s = 0; s < specks; s++)
        changed.SetPixel(random.Next(changed.Width), random.Next(changed.Height), new SKColor(40, 40, 40));
    using var photographed = options["--photo"] > 0 ? Photograph(changed) : null;
    using var encoded = SKImage.FromBitmap(photographed ?? changed).Encode(SKEncodedImageFormat.Jpeg, (int)options["--quality"]);
    var (width, height) = sideways ? (page.Height, page.Width) : (page.Width, page.Height);
    builder.AddPage(width, height).AddJpeg(encoded.ToArray(), new PdfRectangle(0, 0, width, height));
}
File.WriteAllBytes(output, builder.Build());
return 0;

// The sheet on a desk seen at an angle: mapped onto a quadrilateral inside a frame of the same size, the desk dark and
// the light falling off towards the bottom right.
static SKBitmap Photograph(SKBitmap sheet)
{
    int width = sheet.Width, height = sheet.Height;
    SKPoint[] corners = [new(width * 0.06f, height * 0.04f), new(width * 0.93f, height * 0.08f), new(width * 0.97f, height * 0.96f), new(width * 0.03f, height * 0.93f)];
    var h = Assistant.Indexer.Ocr.PhotographedSheet.Homography([new(0, 0), new(width, 0), new(width, height), new(0, height)], corners);
    var photo = new SKBitmap(width, height);
    using var canvas = new SKCanvas(photo);
    using var desk = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [new SKColor(95, 85, 75), new SKColor(55, 50, 45)], SKShaderTileMode.Clamp) };
    canvas.DrawRect(0, 0, width, height, desk);
    canvas.Save();
    canvas.SetMatrix(new SKMatrix((float)h[0], (float)h[1], (float)h[2], (float)h[3], (float)h[4], (float)h[5], (float)h[6], (float)h[7], 1));
    using var image = SKImage.FromBitmap(sheet);
    canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear));
    canvas.Restore();
    using var light = new SKPaint { BlendMode = SKBlendMode.Multiply, Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [SKColors.White, new SKColor(200, 195, 190)], SKShaderTileMode.Clamp) };
    canvas.DrawRect(0, 0, width, height, light);
    return photo;
}

// Red ink over the page: multiplied, so black type under it stays black, as a real stamp leaves it.
static void Seal(SKBitmap page, double pageWidthPoints)
{
    var pixelsPerMillimetre = page.Width / (pageWidthPoints * 25.4 / 72);
    var radius = (float)(21 * pixelsPerMillimetre);
    var centre = new SKPoint(page.Width * 0.62f, page.Height * 0.45f);
    using var canvas = new SKCanvas(page);
    var ink = new SKColor(225, 30, 40, 215);
    using var ring = new SKPaint { Color = ink, IsStroke = true, StrokeWidth = (float)(1.3 * pixelsPerMillimetre), IsAntialias = true, BlendMode = SKBlendMode.Multiply };
    canvas.DrawCircle(centre, radius, ring);
    using var fill = new SKPaint { Color = ink, IsAntialias = true, BlendMode = SKBlendMode.Multiply };
    using var star = new SKPath();
    for (var point = 0; point < 10; point++)
    {
        var r = point % 2 == 0 ? radius * 0.3f : radius * 0.12f;
        var angle = Math.PI / 2 + point * Math.PI / 5;
        var at = new SKPoint(centre.X + (float)(r * Math.Cos(angle)), centre.Y - (float)(r * Math.Sin(angle)));
        if (point == 0)
            star.MoveTo(at);
        else
            star.LineTo(at);
    }
    star.Close();
    canvas.DrawPath(star, fill);
    using var typeface = SKTypeface.FromFamilyName("WenQuanYi Micro Hei") ?? SKTypeface.Default;
    using var font = new SKFont(typeface, radius * 0.26f);
    using var arc = new SKPath();
    arc.AddArc(new SKRect(centre.X - radius * 0.78f, centre.Y - radius * 0.78f, centre.X + radius * 0.78f, centre.Y + radius * 0.78f), 150, 240);
    canvas.DrawTextOnPath("江河示范能源集团有限公司工会", arc, 0, 0, font, fill);
    canvas.DrawText("专用章", centre.X, centre.Y + radius * 0.62f, SKTextAlign.Center, font, fill);
}
