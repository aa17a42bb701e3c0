using Assistant.Bot.Conversations;
using Assistant.Bot.Resources;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Search;

namespace Assistant.Bot.Answering;

/// <summary>Turns a retrieved article into a quoted <see cref="Citation"/>.</summary>
public sealed class CitationBuilder(BotText text)
{
    private const int ExcerptLimit = 200;

    /// <summary>The citation numbered <paramref name="number"/>; notes in <paramref name="language"/>.</summary>
    public Citation Build(int number, SearchHit hit, string language)
    {
        var documentLanguage = BotLanguages.Of(hit.Language);
        var note = hit.Status switch
        {
            DocumentStatus.Amended => text.Get("SupersededNote", language),
            DocumentStatus.Repealed => text.Get("RepealedNote", language),
            _ => null,
        };
        return new Citation(number, hit.ArticleKey, Source(hit), Excerpt(hit, documentLanguage), hit.Text, note);
    }

    /// <summary>"《title》label" for Chinese documents, "Title, label" for English ones.</summary>
    public string Source(SearchHit hit) =>
        text.Format("CitationSource." + BotLanguages.Of(hit.Language), BotLanguages.English, hit.DocumentTitle, hit.Label);

    private string Excerpt(SearchHit hit, string documentLanguage)
    {
        var paragraphs = ArticleText.Paragraphs(hit.Text);
        var terms = hit.HighlightedTerms.Where(t => t.Length > 0).ToList();
        var matching = paragraphs.Where(p => terms.Any(t => p.Contains(t, StringComparison.OrdinalIgnoreCase))).ToList();
        var chosen = string.Join('\n', matching.Count > 0 ? matching : paragraphs.Take(1));
        var (excerpt, cut) = ArticleText.Truncate(chosen, ExcerptLimit);
        return cut ? excerpt + text.Get("Ellipsis", documentLanguage) : excerpt;
    }
}
