using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Parsing;

/// <summary>Cuts a source into citable units: 第X条 articles, English Article/Section N, or heading sections when there are no articles.</summary>
public sealed class StatuteSplitter
{
    /// <summary>Splits a source into articles, in document order, with keys unique within the document.</summary>
    /// <param name="source">The source to split.</param>
    /// <param name="shortTitle">The short title that prefixes every key.</param>
    /// <param name="language">The document's language; decides which article pattern is tried first.</param>
    /// <returns>The articles; heading sections when the text has no numbered articles (headings the file marks, else the
/// outline its lines write: 一、, （一）, 问：, 1.).</returns>
    public IReadOnlyList<Article> Split(SourceText source, string shortTitle, DocumentLanguage language)
    {
        Func<string, ArticleLine?> chinese = ArticleLine.Chinese;
        Func<string, ArticleLine?> english = ArticleLine.English;
        var (first, second) = language == DocumentLanguage.Chinese ? (chinese, english) : (english, chinese);
        var articles = SplitArticles(source.Blocks, shortTitle, first);
        if (articles.Count == 0)
            articles = SplitArticles(source.Blocks, shortTitle, second);
        if (articles.Count == 0)
        {
            var blocks = source.Blocks.Any(b => b.IsHeading) ? source.Blocks : OutlineHeadings.Mark(source.Blocks);
            articles = SplitHeadingSections(blocks, shortTitle, source.Title ?? shortTitle);
        }
        return articles;
    }

    private static List<Article> SplitArticles(IReadOnlyList<TextBlock> blocks, string shortTitle, Func<string, ArticleLine?> match)
    {
        var articles = new List<Article>();
        var keys = new UniqueKeys();
        var path = new ChapterPath();
        ArticleLine? open = null;
        ArticleLine? previous = null;
        IReadOnlyList<string> openPath = [];
        var paragraphs = new List<string>();

        void Close()
        {
            if (open is null)
                return;
            var key = keys.Claim($"{shortTitle}#{open.KeyLabel}");
            articles.Add(new Article(key, open.Label, open.Number, open.SubNumber, openPath, paragraphs.ToArray(), open.Unit));
            open = null;
            paragraphs.Clear();
        }

        foreach (var block in blocks)
        {
            if (block.IsHeading)
            {
                Close();
                path.Enter(StructuralHeading.BlockRank(block.Text, block.HeadingLevel), block.Text);
                continue;
            }
            if (StructuralHeading.BodyLineRank(block.Text) is { } rank)
            {
                Close();
                path.Enter(rank, block.Text);
                continue;
            }
            var line = match(block.Text);
            if (line is not null && (line.HasSeparator || line.ContinuesSequence(previous)))
            {
                Close();
                open = line;
                previous = line;
                openPath = path.Current;
                if (line.Rest.Length > 0)
                    paragraphs.Add(line.Rest);
                continue;
            }
            // Text before the first article, or between a heading and the next article, is not citable.
            if (open is not null)
                paragraphs.Add(block.Text);
        }
        Close();
        return articles;
    }

    private static List<Article> SplitHeadingSections(IReadOnlyList<TextBlock> blocks, string shortTitle, string title)
    {
        var sections = new List<Article>();
        var keys = new UniqueKeys();
        var path = new ChapterPath();
        var label = title;
        IReadOnlyList<string> parents = [];
        var paragraphs = new List<string>();

        void Close()
        {
            // A guide section names the articles it rests on in a line of its own: they are kept as keys, not as text.
            var cites = new List<string>();
            var text = new List<string>(paragraphs.Count);
            foreach (var paragraph in paragraphs)
            {
                if (CitationLine.Parse(paragraph) is not { } cited)
                    text.Add(paragraph);
                else
                    cites = [.. cites.Union(cited, StringComparer.Ordinal)];
            }
            if (text.Count > 0)
            {
                var key = keys.Claim($"{shortTitle}#{label}");
                sections.Add(new Article(key, label, null, 0, parents, text.ToArray(), ArticleUnit.HeadingSection) { Cites = cites });
            }
            paragraphs.Clear();
        }

        foreach (var block in blocks)
        {
            if (block.IsHeading)
            {
                Close();
                path.Enter(StructuralHeading.BlockRank(block.Text, block.HeadingLevel), block.Text);
                label = block.Text;
                parents = path.Parents;
                continue;
            }
            paragraphs.Add(block.Text);
        }
        Close();
        return sections;
    }
}
