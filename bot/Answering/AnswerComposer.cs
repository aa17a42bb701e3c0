using Assistant.Bot.Policy;
using Assistant.Bot.Citations;
using System.Text;
using Assistant.Bot.Resources;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Search;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Answering;

/// <summary>
/// The extractive answer: picks what is worth showing, writes a lead from the best article or takes the union guide's
/// explanation (or the generated text), quotes the articles, adds what the support verdict calls for (a clarifying
/// question, an offer of an officer) and the general-information notice. <see cref="Reply.Text"/> carries the whole
/// answer as plain text.
/// </summary>
public sealed class AnswerComposer(BotText text, LeadWriter leads, CitationBuilder citations, ClarifyingQuestions clarifying)
{
    private const int MaxCitations = 3;
    private const int MaxClosest = 2;
    private const float TrailingScoreShare = 0.6f;
    private const double ClosestMinimumCoverage = 0.3;

    /// <summary>
    /// What to show: an exactly referenced article alone; a guide section that leads with the articles it cites (those
    /// holding most of the question's words quoted first, at most three, the rest named; <paramref name="findArticle"/>
    /// fetches any the search cut off); otherwise the best hit and up to two more that match the question and score near
    /// it; for unsupported questions the closest ones only when some of the question is covered, not by chance.
    /// </summary>
    public AnswerSelection Select(SearchResult result, Func<string, SearchHit?> findArticle)
    {
        var hits = result.Hits;
        if (hits.Count == 0)
            return AnswerSelection.None;
        var exact = hits.Where(h => h.IsExactReference).Take(MaxCitations).ToList();
        if (exact.Count > 0)
            return new AnswerSelection(null, exact, []);
        if (result.Support.Level == SupportLevel.None)
        {
            // Articles that share words with an off-topic message by chance are not "closest" to anything.
            if (result.Support.Coverage < ClosestMinimumCoverage || result.Support.IsChance)
                return AnswerSelection.None;
            return new AnswerSelection(null, Near(hits.Where(h => h.HighlightedTerms.Count > 0).ToList(), MaxClosest), []);
        }
        // The guide section leads when the search brought in its law, which it does when the section covers enough of
        // the question to speak for it.
        if (hits[0] is { Cites.Count: > 0 } guide && hits.Any(h => h.CitedBy == guide.ArticleKey))
        {
            var law = guide.Cites
                .Select(key => hits.FirstOrDefault(h => h.ArticleKey == key) ?? findArticle(key))
                .OfType<SearchHit>()
                .Select((hit, order) => (hit, order))
                .OrderByDescending(c => c.hit.HighlightedTerms.Count)
                .ThenBy(c => c.order)
                .Select(c => c.hit)
                .ToList();
            return new AnswerSelection(guide, law.Take(MaxCitations).ToList(), law.Skip(MaxCitations).ToList());
        }
        return new AnswerSelection(null, [hits[0], .. Near(hits, MaxCitations).Skip(1)], []);
    }

    /// <summary>Numbers the quoted articles as citations: whole when they are the law behind a guide's explanation.</summary>
    public IReadOnlyList<Citation> Cite(AnswerSelection selection, string language) =>
        selection.Quoted
            .Select((h, i) => selection.Explanation is null ? citations.Build(i + 1, h, language) : citations.Whole(i + 1, h, language))
            .ToList();

    /// <summary>The further articles, named with their text to open.</summary>
    public IReadOnlyList<Citation> Name(AnswerSelection selection, string language) =>
        selection.Named.Select(h => citations.Named(h, language)).ToList();

    /// <summary>Writes the reply.</summary>
    public Reply Compose(AnswerDraft draft)
    {
        var language = draft.Language;
        var guide = draft.Explanation;
        var lead = new StringBuilder();
        switch (draft.Support)
        {
            case SupportLevel.Strong when guide is not null:
                lead.Append(draft.GeneratedLead ?? Explanation(guide));
                AddOffer(lead, draft);
                break;
            case SupportLevel.Weak when guide is not null:
                lead.Append(text.Get("WeakGuideLead", language));
                Paragraph(lead, Explanation(guide));
                AddWeakOffers(lead, draft);
                break;
            case SupportLevel.Strong when draft.Hits.Count > 0:
                lead.Append(draft.GeneratedLead ?? leads.Write(draft.Hits[0], language));
                if (draft.GeneratedLead is null && draft.Hits.Count > 1)
                    lead.Append(Separator(language)).Append(text.Get("LeadSeeSources", language));
                AddOffer(lead, draft);
                break;
            case SupportLevel.Weak when draft.Hits.Count > 0:
                lead.Append(text.Get("WeakLead", language));
                AddWeakOffers(lead, draft);
                break;
            default:
                lead.Append(text.Get("NoSupport", language));
                if (draft.Hits.Count > 0)
                    lead.Append(Separator(language)).Append(text.Get("NoSupportClosest", language));
                AddOffer(lead, draft);
                break;
        }
        // A legal question is answered with the law or told plainly that none was found: the guide explains, it is not law.
        if (draft.Support != SupportLevel.None && IsLegalExplanation(draft) && !draft.Hits.Any(ArticleNames.IsStatute))
            Paragraph(lead, text.Get("NoStatuteFound", language));

        var notice = text.Get("Notice", language);
        var leadSource = guide is not null && draft.GeneratedLead is null ? text.Format("GuideSource", language, guide.DocumentTitle) : null;
        var citationsHeading = guide is not null ? text.Get("LawHeading", language) : text.Get("SourcesHeading", language);
        var furtherHeading = draft.Further.Count > 0 ? text.Get("FurtherHeading", language) : null;
        var plain = PlainText(lead.ToString(), leadSource, citationsHeading, draft.Citations, furtherHeading, draft.Further, notice);
        var officer = new SuggestedAction(text.Get("ButtonAskOfficer", language), text.Get("OfficerSuggestionText", language));
        if (draft.Citations.Count == 0 && guide is null)
            return new Reply(plain, language, null, [officer]);

        var card = new AnswerCard(
            draft.AnswerId,
            text.Get(draft.Support == SupportLevel.Strong ? "AnswerTitle" : "ClosestTitle", language),
            lead.ToString(),
            draft.Citations,
            notice,
            Buttons(draft, language),
            text.Get("ShowAll", language))
        {
            ExplanationKey = guide?.ArticleKey,
            LeadSource = leadSource,
            CitationsHeading = guide is not null && draft.Citations.Count > 0 ? citationsHeading : null,
            Further = draft.Further,
            FurtherHeading = furtherHeading,
        };
        return new Reply(plain, language, card);
    }

    // A guide section explains the law; a union rule or company policy answers a question about the union itself.
    private static bool IsLegalExplanation(AnswerDraft draft) =>
        draft.Explanation is not null || (draft.Hits.Count > 0 && draft.Hits[0].Kind == DocumentKind.Guide);

    private void AddWeakOffers(StringBuilder lead, AnswerDraft draft)
    {
        if (clarifying.For(draft.Question, draft.Language) is { } question)
            Paragraph(lead, question);
        AddOffer(lead, draft);
    }

    // The words of the policy's offer; a supported answer on an ordinary matter says nothing about a person.
    private void AddOffer(StringBuilder lead, AnswerDraft draft)
    {
        var name = draft.Offer switch
        {
            OfficerOffer.Prominent => "OfficerOfferProminent",
            OfficerOffer.Sensitive => "SensitiveOffer",
            OfficerOffer.Plain => "OfficerOffer",
            _ => null,
        };
        if (name is not null)
            Paragraph(lead, text.Get(name, draft.Language));
    }

    // The guide section's own words, as a worker reads them.
    private static string Explanation(SearchHit guide) => string.Join("\n\n", ArticleText.Paragraphs(guide.Text));

    private List<CardButton> Buttons(AnswerDraft draft, string language)
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
        return draft.Offer is OfficerOffer.Sensitive or OfficerOffer.Prominent ? [askOfficer, .. feedback] : [.. feedback, askOfficer];
    }

    private static string PlainText(
        string lead, string? leadSource, string heading, IReadOnlyList<Citation> cited, string? furtherHeading, IReadOnlyList<Citation> further,
        string notice)
    {
        var plain = new StringBuilder(lead);
        if (leadSource is not null)
            plain.Append("\n").Append(leadSource);
        if (cited.Count > 0)
        {
            plain.Append("\n\n").Append(heading);
            foreach (var citation in cited)
            {
                plain.Append('\n').Append('[').Append(citation.Number).Append("] ").Append(citation.Source);
                if (citation.Note is not null)
                    plain.Append(" (").Append(citation.Note).Append(')');
                plain.Append('\n').Append(citation.Excerpt);
            }
        }
        if (furtherHeading is not null)
        {
            plain.Append("\n\n").Append(furtherHeading);
            foreach (var citation in further)
                plain.Append('\n').Append(citation.Source);
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
