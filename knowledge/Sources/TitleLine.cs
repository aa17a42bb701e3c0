using Assistant.Knowledge.Parsing;

namespace Assistant.Knowledge.Sources;

/// <summary>Whether an untagged first line can be a document's title: Chinese rules typed in Word rarely use the Title
/// style, so a short line that is no chapter, section or article heading is taken for one.</summary>
internal static class TitleLine
{
    private const int MaxLength = 80;

    /// <summary>True for a short line that does not open a chapter or an article.</summary>
    public static bool Could(string text) =>
        text.Length <= MaxLength
        && StructuralHeading.Rank(text) is null
        && ArticleLine.Chinese(text) is null
        && ArticleLine.English(text) is null;
}
