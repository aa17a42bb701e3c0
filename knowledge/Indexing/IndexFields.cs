namespace Assistant.Knowledge.Indexing;

/// <summary>The names of the index's fields, in one place.</summary>
public static class IndexFields
{
    /// <summary>Unique id of one indexed article: document id + article key.</summary>
    public const string Id = "id";
    /// <summary>Article key (<c>劳动合同法#第四十七条</c>), exact.</summary>
    public const string Key = "key";
    /// <summary>Document id (source-relative path), exact.</summary>
    public const string DocumentId = "doc";
    /// <summary>Full document title, stored.</summary>
    public const string Title = "title";
    /// <summary>Short title, exact (filters and reference resolution).</summary>
    public const string ShortTitle = "short_title";
    /// <summary>Article label as written (<c>第四十七条</c>), stored.</summary>
    public const string Label = "label";
    /// <summary>Article number as an integer.</summary>
    public const string Number = "number";
    /// <summary>The 之X suffix as an integer.</summary>
    public const string SubNumber = "sub_number";
    /// <summary>Chapter path joined with " / ", stored.</summary>
    public const string Chapter = "chapter";
    /// <summary>Article text with its paragraphs, stored, not analyzed.</summary>
    public const string Text = "text";
    /// <summary>Chinese unigram+bigram analysis of the chapter headings and text.</summary>
    public const string TextChinese = "text_zh";
    /// <summary>Glossary (dictionary + synonym) analysis of the chapter headings and text.</summary>
    public const string TextGlossary = "text_gloss";
    /// <summary>English analysis (stemmed) of the chapter headings and text.</summary>
    public const string TextEnglish = "text_en";
    /// <summary>Chinese unigram+bigram analysis of a guide section's question: its heading and its other phrasings.</summary>
    public const string QuestionChinese = "question_zh";
    /// <summary>English analysis of a guide section's question: its heading and its other phrasings.</summary>
    public const string QuestionEnglish = "question_en";
    /// <summary>Document kind, exact (<see cref="Documents.DocumentKind"/> name).</summary>
    public const string Kind = "kind";
    /// <summary>Jurisdiction, exact.</summary>
    public const string Jurisdiction = "jurisdiction";
    /// <summary>Language, exact (<c>zh</c>, <c>en</c>).</summary>
    public const string Language = "lang";
    /// <summary>Status, exact.</summary>
    public const string Status = "status";
    /// <summary>Version date as yyyy-MM-dd, stored.</summary>
    public const string VersionDate = "version_date";
    /// <summary>Effective date as yyyy-MM-dd, stored.</summary>
    public const string EffectiveDate = "effective_date";
    /// <summary>The amendment the version carries (<c>2012 Amended</c>: year and <see cref="Documents.AmendmentKind"/>), stored.</summary>
    public const string Version = "version";
    /// <summary>The document's English name, stored.</summary>
    public const string TitleEnglish = "title_en";
    /// <summary>The article keys a guide section rests on, one stored value each, in its order.</summary>
    public const string Cites = "cites";
    /// <summary>Unit (article, section, heading section), stored.</summary>
    public const string Unit = "unit";
    /// <summary>Source path, stored.</summary>
    public const string SourcePath = "source";
}
