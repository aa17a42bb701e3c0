using Assistant.Knowledge.Parsing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Drawing = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace Assistant.Knowledge.Sources.Presentations;

/// <summary>
/// Reads PowerPoint presentations (.pptx), a union's training decks (劳动合同法常识讲座): each shown slide a section
/// under its title (the title placeholder, or else the slide's topmost text), its other text in reading order (top to
/// bottom, then left to right) and its tables as <c>a | b</c> rows. The first slide's title is the document's title;
/// hidden slides and speaker notes are left out.
/// </summary>
public sealed class PresentationSourceReader : ISourceReader
{
    private const int SlideHeadingLevel = 2;

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".pptx"];

    /// <inheritdoc />
    public SourceReadResult Read(string path, string relativePath, CancellationToken cancellationToken = default)
    {
        using var document = Open(path);
        var presentation = document.PresentationPart ?? throw new InvalidDataException("not a presentation: the package has no presentation part");
        string? title = null;
        var blocks = new List<TextBlock>();
        foreach (var slideId in presentation.Presentation?.SlideIdList?.Elements<P.SlideId>() ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (slideId.RelationshipId?.Value is not { } id || presentation.GetPartById(id) is not SlidePart part || part.Slide is not { } slide
                || slide.Show?.Value == false)
                continue;
            var shapes = Shapes(slide.CommonSlideData?.ShapeTree).Where(shape => shape.Lines.Count > 0).ToList();
            if (shapes.Count == 0)
                continue;
            var heading = shapes.FirstOrDefault(shape => shape.IsTitle) ?? shapes.OrderBy(shape => shape.Top).ThenBy(shape => shape.Left).First();
            var rest = shapes.Where(shape => !ReferenceEquals(shape, heading)).OrderBy(shape => shape.Top).ThenBy(shape => shape.Left);
            var name = string.Join(' ', heading.Lines);
            if (title is null)
                title = name;
            else
                blocks.Add(new TextBlock(name, SlideHeadingLevel));
            blocks.AddRange(rest.SelectMany(shape => shape.Lines).Select(line => new TextBlock(line, 0)));
        }
        return SourceReadResult.Of(new SourceText(path, relativePath, title, [], new Dictionary<string, string>(), blocks));
    }

    private static PresentationDocument Open(string path)
    {
        try
        {
            return PresentationDocument.Open(path, isEditable: false);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or FileFormatException or InvalidDataException)
        {
            throw new InvalidDataException(OfficeOpenXmlFiles.Reason(path, "a PowerPoint presentation", ".pptx"));
        }
    }

    // Text shapes and tables, groups opened, with where they sit (a placeholder without its own position inherits one
    // from the layout; it is taken as at the top, where titles and bodies start).
    private static IEnumerable<SlideShape> Shapes(OpenXmlElement? tree)
    {
        foreach (var child in tree?.ChildElements ?? [])
        {
            switch (child)
            {
                case P.Shape shape:
                    var placeholder = shape.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value;
                    var offset = shape.ShapeProperties?.Transform2D?.Offset;
                    yield return new SlideShape(
                        placeholder == P.PlaceholderValues.Title || placeholder == P.PlaceholderValues.CenteredTitle,
                        offset?.Y?.Value ?? 0,
                        offset?.X?.Value ?? 0,
                        shape.TextBody?.Elements<Drawing.Paragraph>().SelectMany(Lines).ToList() ?? []);
                    break;
                case P.GraphicFrame frame:
                    var position = frame.Transform?.Offset;
                    var rows = frame.Descendants<Drawing.TableRow>()
                        .Select(row => TextBlock.Row(row.Elements<Drawing.TableCell>()
                            .Select(cell => string.Join(' ', cell.Descendants<Drawing.Paragraph>().SelectMany(Lines)))))
                        .Where(row => row.Length > 0)
                        .ToList();
                    yield return new SlideShape(false, position?.Y?.Value ?? 0, position?.X?.Value ?? 0, rows);
                    break;
                case P.GroupShape group:
                    foreach (var inner in Shapes(group))
                        yield return inner;
                    break;
            }
        }
    }

    // A paragraph's runs and fields, a line break starting a new line.
    private static IEnumerable<string> Lines(Drawing.Paragraph paragraph)
    {
        var line = new System.Text.StringBuilder();
        foreach (var child in paragraph.ChildElements)
        {
            switch (child)
            {
                case Drawing.Run run:
                    line.Append(run.Text?.Text);
                    break;
                case Drawing.Field field:
                    line.Append(field.Text?.Text);
                    break;
                case Drawing.Break:
                    if (line.ToString().Trim() is { Length: > 0 } broken)
                        yield return broken;
                    line.Clear();
                    break;
            }
        }
        if (line.ToString().Trim() is { Length: > 0 } last)
            yield return last;
    }

    private sealed record SlideShape(bool IsTitle, long Top, long Left, List<string> Lines);
}
