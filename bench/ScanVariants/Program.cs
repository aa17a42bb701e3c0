using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

// Makes a scan worse the way real scans are: each page image of a scanned PDF rotated clockwise by a small angle (a sheet
// fed askew) or a quarter, half or three-quarter turn (a sheet scanned sideways or upside down; the page turns with it),
// saved again as a JPEG page. Usage: scanvariants --rotate DEGREES IN.pdf OUT.pdf
if (args is not ["--rotate", var angleText, var input, var output]
    || !double.TryParse(angleText, System.Globalization.CultureInfo.InvariantCulture, out var angle))
{
    Console.Error.WriteLine("usage: scanvariants --rotate DEGREES IN.pdf OUT.pdf");
    return 2;
}

using var source = PdfDocument.Open(input);
var builder = new PdfDocumentBuilder();
foreach (var page in source.GetPages())
{
    var image = page.GetImages().MaxBy(i => i.BoundingBox.Area)
        ?? throw new InvalidDataException($"{input}: page {page.Number} has no image");
    using var bitmap = SKBitmap.Decode(image.RawBytes.ToArray())
        ?? throw new InvalidDataException($"{input}: page {page.Number}'s image is not a JPEG or PNG");
    var sideways = Math.Abs(angle % 180) == 90;
    using var rotated = sideways ? new SKBitmap(bitmap.Height, bitmap.Width) : new SKBitmap(bitmap.Width, bitmap.Height);
    using (var canvas = new SKCanvas(rotated))
    {
        canvas.Clear(SKColors.White);
        canvas.Translate(rotated.Width / 2f, rotated.Height / 2f);
        canvas.RotateDegrees((float)angle);
        canvas.Translate(-bitmap.Width / 2f, -bitmap.Height / 2f);
        canvas.DrawBitmap(bitmap, 0, 0);
    }
    using var encoded = SKImage.FromBitmap(rotated).Encode(SKEncodedImageFormat.Jpeg, 85);
    var (width, height) = sideways ? (page.Height, page.Width) : (page.Width, page.Height);
    builder.AddPage(width, height).AddJpeg(encoded.ToArray(), new PdfRectangle(0, 0, width, height));
}
File.WriteAllBytes(output, builder.Build());
return 0;
