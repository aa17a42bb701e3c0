using System.Text;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Parsing;
using Assistant.Knowledge.Sources;
using Assistant.Knowledge.Sources.Presentations;
using Assistant.Knowledge.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace Assistant.Knowledge.Tests.Sources.Presentations;

/// <summary>Training decks (.pptx): each shown slide a section under its title.</summary>
public sealed class PresentationSourceReaderTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Each_slide_is_a_section_under_its_title_and_the_first_titles_the_deck()
    {
        // Written by LibreOffice 7.4 from training.fodp: titles as the slides' topmost text boxes, a bulleted list, a
        // table, speaker notes that are not read.
        var text = new PresentationSourceReader().Read(Fixture.File("training.pptx"), "training.pptx").Texts.Single();

        Assert.Equal("劳动合同法常识讲座", text.Title);
        Assert.Equal(
            [
                new TextBlock("江河示范能源集团有限公司工会", 0),
                new TextBlock("试用期有多长", 2),
                new TextBlock("劳动合同期限三个月以上不满一年的，试用期不得超过一个月；", 0),
                new TextBlock("一年以上不满三年的，不得超过二个月；", 0),
                new TextBlock("三年以上固定期限和无固定期限的，不得超过六个月。", 0),
                new TextBlock("依据：劳动合同法第十九条", 0),
                new TextBlock("经济补偿怎么算", 2),
                new TextBlock("工作年限 | 经济补偿", 0),
                new TextBlock("每满一年 | 一个月工资", 0),
            ],
            text.Blocks);
    }

    [Fact]
    public void The_title_placeholder_names_the_slide_hidden_slides_are_left_out_and_groups_are_opened()
    {
        var path = Path.Combine(temp.Root("deck"), "讲座.pptx");
        using (var document = PresentationDocument.Create(path, PresentationDocumentType.Presentation))
        {
            var presentation = document.AddPresentationPart();
            presentation.Presentation = new P.Presentation(new P.SlideIdList());
            AddSlide(presentation, show: true, TextShape("工会讲座", y: 0, title: true));
            // The title placeholder sits below a caption box, and still names the slide.
            AddSlide(presentation, show: true,
                TextShape("第二讲", y: 100),
                TextShape("加班费怎么算", y: 500, title: true),
                new P.GroupShape(new P.NonVisualGroupShapeProperties(new P.NonVisualDrawingProperties { Id = 9, Name = "group" }, new P.NonVisualGroupShapeDrawingProperties(), new P.ApplicationNonVisualDrawingProperties()),
                    new P.GroupShapeProperties(), TextShape("工作日加班：百分之一百五十", y: 900, lineBreakAfter: "休息日加班：百分之二百")));
            AddSlide(presentation, show: false, TextShape("草稿：内部讨论", y: 0, title: true));
        }

        var text = new PresentationSourceReader().Read(path, "讲座.pptx").Texts.Single();

        Assert.Equal("工会讲座", text.Title);
        Assert.Equal(
            [
                new TextBlock("加班费怎么算", 2),
                new TextBlock("第二讲", 0),
                new TextBlock("工作日加班：百分之一百五十", 0),
                new TextBlock("休息日加班：百分之二百", 0),
            ],
            text.Blocks);
    }

    [Fact]
    public void The_loader_indexes_a_deck_as_a_guide_and_reports_one_that_is_not_a_presentation()
    {
        var root = temp.Root("培训");
        File.Copy(Fixture.File("training.pptx"), Path.Combine(root, "劳动合同法常识讲座.pptx"));
        File.WriteAllText(Path.Combine(root, "renamed.pptx"), "劳动合同法常识讲座", Encoding.UTF8);

        var result = new DocumentLoader().Load([root], null, CancellationToken.None);

        var document = Assert.Single(result.Documents);
        Assert.NotEqual(DocumentKind.Law, document.Kind);
        Assert.Equal(["试用期有多长", "经济补偿怎么算"], document.Articles.Where(a => a.Label != document.Title).Select(a => a.Label));
        Assert.Equal("not a PowerPoint presentation (damaged, or another format renamed .pptx): save it again as .pptx", Assert.Single(result.Failures).Reason);
    }

    private static void AddSlide(PresentationPart presentation, bool show, params OpenXmlElement[] shapes)
    {
        var part = presentation.AddNewPart<SlidePart>();
        part.Slide = new P.Slide(new P.CommonSlideData(new P.ShapeTree(
            [new P.NonVisualGroupShapeProperties(new P.NonVisualDrawingProperties { Id = 1, Name = "" }, new P.NonVisualGroupShapeDrawingProperties(), new P.ApplicationNonVisualDrawingProperties()),
             new P.GroupShapeProperties(), .. shapes])));
        if (!show)
            part.Slide.Show = false;
        var ids = presentation.Presentation.SlideIdList!;
        ids.Append(new P.SlideId { Id = (uint)(256 + ids.Count()), RelationshipId = presentation.GetIdOfPart(part) });
    }

    private static P.Shape TextShape(string text, long y, bool title = false, string? lineBreakAfter = null)
    {
        var paragraph = new A.Paragraph(new A.Run(new A.Text(text)));
        if (lineBreakAfter is not null)
            paragraph.Append(new A.Break(), new A.Run(new A.Text(lineBreakAfter)));
        var application = new P.ApplicationNonVisualDrawingProperties();
        if (title)
            application.Append(new P.PlaceholderShape { Type = P.PlaceholderValues.Title });
        return new P.Shape(
            new P.NonVisualShapeProperties(new P.NonVisualDrawingProperties { Id = (uint)(y + 2), Name = text }, new P.NonVisualShapeDrawingProperties(), application),
            new P.ShapeProperties(new A.Transform2D(new A.Offset { X = 100, Y = y }, new A.Extents { Cx = 1000, Cy = 100 })),
            new P.TextBody(new A.BodyProperties(), paragraph));
    }
}
