using Assistant.Bot.Citations;
using Assistant.Bot.Resources;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Search;

namespace Assistant.Bot.Answering;

/// <summary>
/// Writes the extractive lead from the best article: it names the rule and quotes its first sentence(s), nothing
/// invented ("根据《…》第四条，会员每月按照本人基本工资的百分之零点五交纳会费。……").
/// </summary>
public sealed class LeadWriter(BotText text)
{
    private const int Budget = 120;

    /// <summary>The lead in <paramref name="language"/> built from <paramref name="hit"/>.</summary>
    public string Write(SearchHit hit, string language)
    {
        var (sentences, cut) = ArticleText.FirstSentences(hit.Text, Budget);
        if (cut)
            sentences += text.Get("Ellipsis", BotLanguages.Of(hit.Language));
        var name = hit.IsExactReference ? "LeadReference" : hit.Kind == DocumentKind.Guide ? "LeadGuide" : "LeadArticle";
        return text.Format(name, language, hit.DocumentTitle, hit.Label, sentences);
    }
}
