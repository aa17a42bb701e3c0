using System.Globalization;
using System.Text;
using Assistant.Bot.Citations;
using Assistant.Bot.Conversations;
using Assistant.Bot.Generation;
using Assistant.Bot.Resources;
using Assistant.Bot.Policy;

namespace Assistant.Bot.Handoff.Cases;

/// <summary>
/// Builds what a new case carries: the employee's questions since the conversation's previous case (the state keeps
/// the last <see cref="ConversationState.MaxRecentQuestions"/>), each with the articles the bot found, and why the case
/// opened. When a model is configured it adds a short neutral summary on top; the summarizer keeps to its own small
/// budget and any failure leaves the extractive summary, so opening a case never waits long on the model; a self-harm
/// case does not wait on it at all. The summary is read by officers, so it is written in their language (Chinese, as
/// the officers' cards are).
/// </summary>
public sealed class CaseSummaries(ICaseSummarizer summarizer, BotText text, LawArticles? articles = null)
{
    private const int TopicLength = 60;
    private const string Language = BotLanguages.Chinese;

    /// <summary>Extractive only: no model.</summary>
    public CaseSummaries()
        : this(new DisabledCaseSummarizer(), new BotText())
    {
    }

    /// <summary>
    /// The content of a case <paramref name="employeeId"/> opened for <paramref name="reason"/>; <paramref name="previous"/>
    /// is the conversation's last case, if any.
    /// </summary>
    public async Task<CaseContent> BuildAsync(
        ConversationState state, string employeeId, HandoffReason reason, HandoffCase? previous, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var questions = Questions(state, employeeId, previous);
        var articleKeys = questions.SelectMany(q => q.ArticleKeys).Distinct(StringComparer.Ordinal).ToList();
        var last = questions.Count > 0 ? questions[^1].Text : null;
        var topic = last is null ? ReasonText(reason) : last.Length <= TopicLength ? last : last[..TopicLength] + "…";
        // Thoughts of self-harm: the crisis lines go out with the opened case, so they never wait on a model.
        var written = questions.Count == 0 || reason == HandoffReason.SelfHarm
            ? null
            : await summarizer.SummarizeAsync(new CaseSummaryRequest([.. questions.Select(q => q.Text)], reason.ToString(), state.Language), cancellationToken);
        return new CaseContent(questions, topic, Summary(written, reason, questions), articleKeys);
    }

    private static IReadOnlyList<AskedQuestion> Questions(ConversationState state, string employeeId, HandoffCase? previous)
    {
        // A state saved before recent questions were kept knows only the last one (and not who asked it): personal chats only.
        if (state.RecentQuestions.Count == 0)
            return state.LastQuestion is { } only && state.Address.Scope == ConversationScope.Personal && (previous is null || state.UpdatedAt > previous.OpenedAt)
                ? [new AskedQuestion(only, state.LastArticleKeys, state.UpdatedAt)]
                : [];
        // In a group chat or channel thread others ask too: the case carries only its own employee's questions.
        return [.. state.RecentQuestions.Where(q => (previous is null || q.At > previous.OpenedAt) && string.Equals(q.AskedBy, employeeId, StringComparison.Ordinal))];
    }

    private string Summary(string? written, HandoffReason reason, IReadOnlyList<AskedQuestion> questions)
    {
        var summary = new StringBuilder();
        if (written is not null)
            summary.Append(text.Format("CaseSummaryWritten", Language, written)).Append('\n');
        summary.Append(text.Format("CaseSummaryReason", Language, ReasonText(reason)));
        if (questions.Count == 0)
            return summary.ToString();
        summary.Append('\n').Append(text.Get("CaseSummaryQuestions", Language));
        for (var i = 0; i < questions.Count; i++)
        {
            // Officers read the law as it names itself, as the worker saw it.
            var found = questions[i].ArticleKeys.Count > 0
                ? string.Join("；", questions[i].ArticleKeys.Select(Name))
                : text.Get("CaseSummaryNoArticles", Language);
            summary.Append('\n').Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(questions[i].Text)
                .Append("\n   ").Append(text.Format("CaseSummaryArticles", Language, found));
            // A sum the worker had worked out: the officer sees the figures and steps the worker was shown.
            if (questions[i].Calculation is { } calculation)
            {
                summary.Append("\n   ").Append(text.Format("CaseSummaryCalculation", Language, calculation.Title, calculation.Summary));
                if (calculation.Inputs.Count > 0)
                    summary.Append("\n   ").Append(text.Format("CaseSummaryCalculationInputs", Language, string.Join("；", calculation.Inputs)));
                if (calculation.Steps.Count > 0)
                    summary.Append("\n   ").Append(text.Format("CaseSummaryCalculationSteps", Language, string.Join("；", calculation.Steps)));
            }
        }
        return summary.ToString();
    }

    private string Name(string key) => articles?.Name(key, Language) ?? LawArticles.NameOf(key);

    private string ReasonText(HandoffReason reason) => text.Get("CaseReason" + reason, Language);
}
