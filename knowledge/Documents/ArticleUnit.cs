namespace Assistant.Knowledge.Documents;

/// <summary>How a citable unit was cut from its document.</summary>
public enum ArticleUnit
{
    /// <summary>A numbered article: 第X条, Article N.</summary>
    Article,
    /// <summary>A numbered section of an English text: Section N (keyed with §).</summary>
    Section,
    /// <summary>A part of a document without articles, cut at a heading (guides, FAQs).</summary>
    HeadingSection,
}
