namespace Assistant.Knowledge.Documents;

/// <summary>The unit of citation: one article (or one section of a document without articles).</summary>
/// <param name="Key">Citation key, <c>&lt;short title&gt;#第X条</c> as written in the source (<c>劳动合同法#第四十七条</c>),
/// <c>Title#Article N</c> or <c>Title#§ N</c> in English, <c>Title#heading</c> for a heading section.</param>
/// <param name="Label">The article's own label as written: <c>第四十七条</c>, <c>第十三条之一</c>, <c>Article 47</c>, or the heading.</param>
/// <param name="Number">The article number as an integer (47 for 第四十七条), null for heading sections.</param>
/// <param name="SubNumber">The 之X suffix as an integer (1 for 第十三条之一), 0 when there is none.</param>
/// <param name="ChapterPath">The enclosing 编/章/节 (or Part/Chapter) headings, outermost first.</param>
/// <param name="Paragraphs">The article's paragraphs (款), the label removed from the first one.</param>
/// <param name="Unit">How the unit was cut.</param>
public sealed record Article(
    string Key,
    string Label,
    int? Number,
    int SubNumber,
    IReadOnlyList<string> ChapterPath,
    IReadOnlyList<string> Paragraphs,
    ArticleUnit Unit)
{
    /// <summary>The articles a guide section rests on (its <c>依据：</c> / <c>Based on:</c> line), as keys, most decisive
    /// first; empty for everything else. The line itself is not part of <see cref="Paragraphs"/>.</summary>
    public IReadOnlyList<string> Cites { get; init; } = [];

    /// <summary>The paragraphs joined by line breaks.</summary>
    public string Text => string.Join('\n', Paragraphs);
}
