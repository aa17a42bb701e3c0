using Assistant.Bot.Citations;
using Assistant.Bot.Resources;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Search;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Answering;

/// <summary>Turns a retrieved article into a quoted <see cref="Citation"/>, named as the law names itself.</summary>
public sealed class CitationBuilder(BotText text, ArticleNames names)
{
    private const int ExcerptLimit = 200;
    // An article quoted as the law of a guide's answer is shown whole up to this length; longer ones open in place.
    private const int WholeLimit = 600;

    /// <summary>The citation numbered <paramref name="number"/>, its excerpt the paragraphs that hold the question's
    /// words; notes in <paramref name="language"/>.</summary>
    public Citation Build(int number, SearchHit hit, string language) => Cite(number, hit, language, Excerpt(hit));

    /// <summary>The citation numbered <paramref name="number"/> quoting the whole article (up to a long article's limit).</summary>
    public Citation Whole(int number, SearchHit hit, string language)
    {
        var body = string.Join('\n', ArticleText.Paragraphs(hit.Text));
        var (excerpt, cut) = ArticleText.Truncate(body, WholeLimit);
        return Cite(number, hit, language, cut ? excerpt + text.Get("Ellipsis", BotLanguages.Of(hit.Language)) : body);
    }

    /// <summary>An article named without an excerpt, its full text to open in place.</summary>
    public Citation Named(SearchHit hit, string language) => Cite(0, hit, language, string.Empty);

    /// <summary>The article's name in <paramref name="language"/>.</summary>
    public string Source(SearchHit hit, string language) => names.Name(hit, language);

    private Citation Cite(int number, SearchHit hit, string language, string excerpt)
    {
        var note = hit.Status switch
        {
            DocumentStatus.Amended => text.Get("SupersededNote", language),
            DocumentStatus.Repealed => text.Get("RepealedNote", language),
            _ => language == BotLanguages.English && hit.Language == DocumentLanguage.Chinese && ArticleNames.IsStatute(hit)
                ? text.Get("ChineseTextNote", language)
                : null,
        };
        var full = string.Join('\n', ArticleText.Paragraphs(hit.Text));
        return new Citation(number, hit.ArticleKey, names.Name(hit, language), excerpt, full, note) { InForce = names.InForce(hit, language) };
    }

    private string Excerpt(SearchHit hit)
    {
        var paragraphs = ArticleText.Paragraphs(hit.Text);
        var terms = hit.HighlightedTerms.Where(t => t.Length > 0).ToList();
        var matching = paragraphs.Where(p => terms.Any(t => p.Contains(t, StringComparison.OrdinalIgnoreCase))).ToList();
        var chosen = string.Join('\n', matching.Count > 0 ? matching : paragraphs.Take(1));
        var (excerpt, cut) = ArticleText.Truncate(chosen, ExcerptLimit);
        return cut ? excerpt + text.Get("Ellipsis", BotLanguages.Of(hit.Language)) : excerpt;
    }
}
