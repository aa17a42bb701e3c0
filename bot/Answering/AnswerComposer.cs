using System.Text;
using Assistant.Bot.Conversations;
using Assistant.Bot.Resources;
using Assistant.Knowledge.Search;

namespace Assistant.Bot.Answering;

/// <summary>
/// The extractive answer: picks the articles worth quoting, writes a lead from the best one (or takes the generated
/// text), quotes the articles, adds what the support verdict calls for (a clarifying question, an offer of an
/// officer) and the general-information notice. <see cref="Reply.Text"/> carries the whole answer as plain text.
/// </summary>
public sealed class AnswerComposer(BotText text, LeadWriter leads, CitationBuilder citations, ClarifyingQuestions clarifying)
{
    private const int MaxCitations = 3;
    private const int MaxClosest = 2;
    private const float TrailingScoreShare = 0.6f;
    private const double ClosestMinimumCoverage = 0.3;

    /// <summary>
    /// The articles to show: an exactly referenced article alone; otherwise the best hit and up to two more that
    /// match the question and score near it; for unsupported questions the closest ones only when some of the
    /// question is covered.
    /// </summary>
    public IReadOnlyList<SearchHit> SelectHits(SearchResult result)
    {
        var hits = result.Hits;
        if (hits.Count == 0)
            return [];
        var exact = hits.Where(h => h.IsExactReference).Take(MaxCitations).ToList();
        if (exact.Count > 0)
            return exact;
        if (result.Support.Level == SupportLevel.None)
        {
            if (result.Support.Coverage < ClosestMinimumCoverage)
                return [];
            return Near(hits.Where(h => h.HighlightedTerms.Count > 0).ToList(), MaxClosest);
        }
        return [hits[0], .. Near(hits, MaxCitations).Skip(1)];
    }

    /// <summary>Numbers the selected articles as citations.</summary>
    public IReadOnlyList<Citation> Cite(IReadOnlyList<SearchHit> hits, string language) =>
        hits.Select((h, i) => citations.Build(i + 1, h, language)).ToList();

    /// <summary>Writes the reply.</summary>
    public Reply Compose(AnswerDraft draft)
    {
        var language = draft.Language;
        var sensitive = draft.Topics.Count > 0;
        var lead = new StringBuilder();
        switch (draft.Support)
        {
            case SupportLevel.Strong when draft.Hits.Count > 0:
                lead.Append(draft.GeneratedLead ?? leads.Write(draft.Hits[0], language));
                if (draft.GeneratedLead is null && draft.Hits.Count > 1)
                    lead.Append(Separator(language)).Append(text.Get("LeadSeeSources", language));
                if (sensitive)
                    Paragraph(lead, text.Get("SensitiveOffer", language));
                break;
            case SupportLevel.Weak when draft.Hits.Count > 0:
                lead.Append(text.Get("WeakLead", language));
                if (clarifying.For(draft.Question, language) is { } question)
                    Paragraph(lead, question);
                Paragraph(lead, text.Get(sensitive ? "SensitiveOffer" : "OfficerOffer", language));
                break;
            default:
                lead.Append(text.Get("NoSupport", language));
                if (draft.Hits.Count > 0)
                    lead.Append(Separator(language)).Append(text.Get("NoSupportClosest", language));
                Paragraph(lead, text.Get(
                    draft.UnansweredInARow >= 2 ? "OfficerOfferProminent" : sensitive ? "SensitiveOffer" : "OfficerOffer", language));
                break;
        }

        var notice = text.Get("Notice", language);
        var plain = PlainText(lead.ToString(), draft.Citations, notice, language);
        var officer = new SuggestedAction(text.Get("ButtonAskOfficer", language), text.Get("OfficerSuggestionText", language));
        if (draft.Citations.Count == 0)
            return new Reply(plain, language, null, [officer]);

        var card = new AnswerCard(
            draft.AnswerId,
            text.Get(draft.Support == SupportLevel.Strong ? "AnswerTitle" : "ClosestTitle", language),
            lead.ToString(),
            draft.Citations,
            notice,
            Buttons(draft, language, sensitive),
            text.Get("ShowAll", language));
        return new Reply(plain, language, card);
    }

    private List<CardButton> Buttons(AnswerDraft draft, string language, bool sensitive)
    {
        var data = new Dictionary<string, string> { ["answerId"] = draft.AnswerId };
        var askOfficer = new CardButton(text.Get("ButtonAskOfficer", language), new CardSubmission(CardActions.AskOfficer, data));
        var feedback = new[]
        {
            new CardButton(text.Get("ButtonHelpful", language), new CardSubmission(CardActions.Helpful, data)),
            new CardButton(text.Get("ButtonNotHelpful", language), new CardSubmission(CardActions.NotHelpful, data)),
        };
        if (draft.Support == SupportLevel.None)
            return [askOfficer];
        return sensitive || draft.UnansweredInARow >= 2 ? [askOfficer, .. feedback] : [.. feedback, askOfficer];
    }

    private string PlainText(string lead, IReadOnlyList<Citation> cited, string notice, string language)
    {
        var plain = new StringBuilder(lead);
        if (cited.Count > 0)
        {
            plain.Append("\n\n").Append(text.Get("SourcesHeading", language));
            foreach (var citation in cited)
            {
                plain.Append('\n').Append('[').Append(citation.Number).Append("] ").Append(citation.Source);
                if (citation.Note is not null)
                    plain.Append(" (").Append(citation.Note).Append(')');
                plain.Append('\n').Append(citation.Excerpt);
            }
        }
        plain.Append("\n\n").Append(notice);
        return plain.ToString();
    }

    private static List<SearchHit> Near(IReadOnlyList<SearchHit> hits, int limit)
    {
        if (hits.Count == 0)
            return [];
        var top = hits[0].Score;
        return hits.Take(1)
            .Concat(hits.Skip(1).Where(h => h.HighlightedTerms.Count > 0 && h.Score >= top * TrailingScoreShare))
            .Take(limit)
            .ToList();
    }

    private static string Separator(string language) => language == BotLanguages.Chinese ? string.Empty : " ";

    private static void Paragraph(StringBuilder lead, string paragraph) => lead.Append("\n\n").Append(paragraph);
}
