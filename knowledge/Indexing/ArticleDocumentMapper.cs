using System.Globalization;
using Assistant.Knowledge.Documents;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Assistant.Knowledge.Indexing;

/// <summary>Turns one article of one document into the Lucene document that indexes it.</summary>
internal sealed class ArticleDocumentMapper
{
    // Positions are not indexed: bigrams already carry adjacency, and dropping positions keeps the index small.
    private static readonly FieldType AnalyzedUnstored = CreateAnalyzedType();

    public Document Map(LegalDocument document, Article article)
    {
        var searchable = SearchableText(article);
        var status = document.Status;
        var doc = new Document
        {
            new StringField(IndexFields.Id, document.Id + "|" + article.Key, Field.Store.YES),
            new StringField(IndexFields.Key, article.Key, Field.Store.YES),
            new SortedDocValuesField(IndexFields.Key, new BytesRef(article.Key)),
            new StringField(IndexFields.DocumentId, document.Id, Field.Store.YES),
            new SortedDocValuesField(IndexFields.DocumentId, new BytesRef(document.Id)),
            new StoredField(IndexFields.Title, document.Title),
            new StringField(IndexFields.ShortTitle, document.ShortTitle, Field.Store.YES),
            new StoredField(IndexFields.Label, article.Label),
            new Int32Field(IndexFields.Number, article.Number ?? 0, Field.Store.YES),
            new Int32Field(IndexFields.SubNumber, article.SubNumber, Field.Store.YES),
            new StoredField(IndexFields.Chapter, string.Join(" / ", article.ChapterPath)),
            new StoredField(IndexFields.Text, article.Text),
            new StringField(IndexFields.Kind, document.Kind.ToString(), Field.Store.YES),
            new NumericDocValuesField(IndexFields.Kind, (long)document.Kind),
            new StringField(IndexFields.Jurisdiction, document.Jurisdiction.ToString(), Field.Store.YES),
            new StringField(IndexFields.Language, LanguageCodes.From(document.Language), Field.Store.YES),
            new StringField(IndexFields.Status, status.ToString(), Field.Store.YES),
            new NumericDocValuesField(IndexFields.Status, (long)status),
            new StoredField(IndexFields.Unit, article.Unit.ToString()),
            new StoredField(IndexFields.SourcePath, document.SourcePath),
        };
        if (document.VersionDate is { } version)
            doc.Add(new StoredField(IndexFields.VersionDate, version.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (document.EffectiveDate is { } effective)
            doc.Add(new StoredField(IndexFields.EffectiveDate, effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (document.Version is { } amendment)
            doc.Add(new StoredField(IndexFields.Version, string.Create(CultureInfo.InvariantCulture, $"{amendment.Year} {amendment.Kind}")));
        if (document.EnglishTitle is { } english)
            doc.Add(new StoredField(IndexFields.TitleEnglish, english));
        foreach (var cited in article.Cites)
            doc.Add(new StoredField(IndexFields.Cites, cited));

        var inEnglish = document.Language == DocumentLanguage.English;
        if (inEnglish)
        {
            doc.Add(new Field(IndexFields.TextEnglish, document.ShortTitle + "\n" + searchable, AnalyzedUnstored));
        }
        else
        {
            doc.Add(new Field(IndexFields.TextChinese, searchable, AnalyzedUnstored));
            doc.Add(new Field(IndexFields.TextGlossary, searchable, AnalyzedUnstored));
        }
        // A guide section answers one question, asked in a worker's words: matched on its own, the question is not lost
        // among the explanation's words.
        if (document.Kind == DocumentKind.Guide && article.Unit == ArticleUnit.HeadingSection)
        {
            var question = Parsing.GuidePhrasings.Question(article.Label, article.Paragraphs);
            doc.Add(new Field(inEnglish ? IndexFields.QuestionEnglish : IndexFields.QuestionChinese, question, AnalyzedUnstored));
        }
        return doc;
    }

    /// <summary>
    /// What the analysed fields hold: chapter headings and text, and for a heading section its heading too —
    /// a guide's heading is often the very question a worker asks (被公司辞退能拿到经济补偿吗？).
    /// </summary>
    internal static string SearchableText(Article article)
    {
        var parts = new List<string>(article.ChapterPath);
        if (article.Unit == ArticleUnit.HeadingSection)
            parts.Add(article.Label);
        parts.Add(article.Text);
        return string.Join('\n', parts);
    }

    private static FieldType CreateAnalyzedType()
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            IsStored = false,
            IndexOptions = IndexOptions.DOCS_AND_FREQS,
        };
        type.Freeze();
        return type;
    }
}
