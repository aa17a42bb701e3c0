using Assistant.Knowledge.Search;

namespace Assistant.Bot.Citations;

/// <summary>
/// Opens an article the bot cited by its key, wherever a record keeps only the key (a case's articles, an officer's
/// view): its name as the law names itself, its whole text and when its version took effect.
/// </summary>
public sealed class LawArticles(KnowledgeSearcher searcher, ArticleNames names)
{
    /// <summary>The article under <paramref name="key"/> in the live index, or null when the index no longer holds it.</summary>
    public OpenedArticle? Open(string key, string language)
    {
        if (searcher.FindArticle(key) is not { } hit)
            return null;
        return new OpenedArticle(key, names.Name(hit, language), string.Join('\n', ArticleText.Paragraphs(hit.Text)), names.InForce(hit, language));
    }

    /// <summary>The article's name; for one the index no longer holds, its title and label as the key gives them.</summary>
    public string Name(string key, string language) => Open(key, language)?.Name ?? NameOf(key);

    /// <summary>A name read off the key alone (<c>劳动合同法#第四十七条</c> → <c>《劳动合同法》第四十七条</c>): the law's
    /// own words still, never the key's <c>#</c>.</summary>
    public static string NameOf(string key) => key.Split('#', 2) is [var title, var label] ? $"《{title}》{label}" : key;
}
