using System.Text;
using Assistant.Knowledge.Parsing;
using HtmlAgilityPack;

namespace Assistant.Knowledge.Sources.Html;

/// <summary>Reads HTML: the title from the first <c>h1</c> (else <c>title</c>), the page's main content when it marks
/// one, <c>h2</c>–<c>h6</c> as headings, block elements and <c>br</c> as line breaks, a table row as one line with its
/// cells separated by <c>|</c>.</summary>
public sealed class HtmlSourceReader : ISourceReader
{
    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "head", "template", "svg" };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "section", "article", "main", "header", "footer", "nav", "aside", "blockquote",
        "pre", "table", "tr", "dd", "dt", "dl", "body", "form", "figure", "figcaption", "address",
    };

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    /// <inheritdoc />
    public SourceReadResult Read(string path, string relativePath, CancellationToken cancellationToken = default)
    {
        return SourceReadResult.Of(FromHtml(SourceEncoding.ReadAllText(path, honourDeclaredCharset: true), path, relativePath));
    }

    /// <summary>A page's text already decoded (the page part of a saved web archive).</summary>
    internal static SourceText FromHtml(string html, string path, string relativePath)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        return Parse(document, path, relativePath);
    }

    private static SourceText Parse(HtmlDocument document, string path, string relativePath)
    {
        var root = document.DocumentNode;
        var h1 = root.SelectSingleNode("//h1");
        string? title = h1 is null ? null : Normalize(HtmlEntity.DeEntitize(h1.InnerText));
        if (string.IsNullOrEmpty(title))
        {
            h1 = null;
            var titleNode = root.SelectSingleNode("//title");
            title = titleNode is null ? null : WithoutSiteName(Normalize(HtmlEntity.DeEntitize(titleNode.InnerText)));
            if (string.IsNullOrEmpty(title))
                title = null;
        }

        var walker = new Walker(h1);
        walker.Visit(MainContent(root) ?? root);
        walker.Flush();
        return new SourceText(path, relativePath, title, [], new Dictionary<string, string>(), walker.Blocks);
    }

    // Where a saved page says which part is the text — a WeChat article's #js_content, the content boxes of government
    // sites' publishing systems (#UCAP-CONTENT, #Zoom, .TRS_Editor), <article>, <main> — only that part is read, so
    // menus, related links and footers (主办单位, 微信扫一扫) do not land in the last article.
    private const string MainContentPath =
        "//*[@id='js_content'] | //*[@id='UCAP-CONTENT'] | //*[@id='Zoom'] | //*[contains(concat(' ', normalize-space(@class), ' '), ' TRS_Editor ')]" +
        " | //article | //main | //*[@role='main']";

    private const int MinMainContentCharacters = 20;

    private static HtmlNode? MainContent(HtmlNode root) =>
        root.SelectNodes(MainContentPath)?
            .FirstOrDefault(node => Normalize(HtmlEntity.DeEntitize(node.InnerText)).Length >= MinMainContentCharacters);

    // A saved page's <title> carries the site's name after the page's own: 国务院关于…的通知_中国政府网,
    // 劳动合同法 - 中国人大网.
    private static string WithoutSiteName(string title) =>
        title.Split(["_", " - ", " | ", "｜", " — ", " – "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault() ?? title;

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Collects text of the current line across inline elements; one instance per document.</summary>
    private sealed class Walker(HtmlNode? titleNode)
    {
        private readonly StringBuilder line = new();
        private int cellDepth;

        public List<TextBlock> Blocks { get; } = [];

        public void Visit(HtmlNode node)
        {
            switch (node.NodeType)
            {
                case HtmlNodeType.Text:
                    line.Append(HtmlEntity.DeEntitize(((HtmlTextNode)node).Text));
                    return;
                case HtmlNodeType.Comment:
                    return;
            }
            var name = node.Name;
            if (Ignored.Contains(name) || node == titleNode)
                return;
            if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                if (cellDepth == 0)
                    Flush();
                else
                    line.Append(' ');
                return;
            }
            var level = HeadingLevel(name);
            if (level > 0)
            {
                Flush();
                var text = Normalize(HtmlEntity.DeEntitize(node.InnerText));
                if (text.Length > 0)
                    Blocks.Add(new TextBlock(text, level));
                return;
            }
            if (name.Equals("td", StringComparison.OrdinalIgnoreCase) || name.Equals("th", StringComparison.OrdinalIgnoreCase))
            {
                VisitCell(node);
                return;
            }
            // Inside a cell, paragraphs and line breaks of the cell stay on the row's line.
            var block = BlockElements.Contains(name) && cellDepth == 0;
            if (block)
                Flush();
            else if (BlockElements.Contains(name))
                line.Append(' ');
            foreach (var child in node.ChildNodes)
                Visit(child);
            if (block)
                Flush();
        }

        private void VisitCell(HtmlNode cell)
        {
            const string separator = TextBlock.CellSeparator;
            var before = line.Length;
            var separated = Normalize(line.ToString()).Length > 0;
            if (separated)
                line.Append(separator);
            cellDepth++;
            foreach (var child in cell.ChildNodes)
                Visit(child);
            cellDepth--;
            // An empty cell adds no separator.
            if (separated && string.IsNullOrWhiteSpace(line.ToString(before + separator.Length, line.Length - before - separator.Length)))
                line.Length = before;
        }

        public void Flush()
        {
            var text = Normalize(line.ToString());
            line.Clear();
            if (text.Length > 0)
                Blocks.Add(new TextBlock(text, 0));
        }

        private static int HeadingLevel(string name) =>
            name.Length == 2 && (name[0] is 'h' or 'H') && name[1] is >= '1' and <= '6' ? name[1] - '0' : 0;
    }
}
