using Assistant.Bot.Conversations;
using Assistant.Bot.Generation;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Resources;
using Assistant.Knowledge.Search;

namespace Assistant.Bot.Answering;

/// <summary>
/// Answers one question: let the model add the legal terms it involves and the embedding model turn it into a vector
/// when they are configured (both at once), retrieve, follow the support verdict, let the model write the lead when one
/// is configured (extractive otherwise or when it declines), compose, and record the answer (and the question when
/// unsupported).
/// </summary>
public sealed class QuestionAnswerer(
    KnowledgeSearcher searcher,
    AnswerComposer composer,
    IAnswerGenerator generator,
    IQuestionExpander expander,
    IQuestionEmbedder embedder,
    SensitiveTopicDetector sensitive,
    IConversationStore store,
    TimeProvider time,
    ILogger<QuestionAnswerer> logger)
{
    private const int Retrieved = 8;

    /// <summary>Answers <paramref name="question"/> asked in <paramref name="state"/>'s conversation.</summary>
    public async Task<AnswerOutcome> AnswerAsync(string question, ConversationState state, CancellationToken cancellationToken)
    {
        // A question citing an article is answered exactly: no model is asked for words or a vector that can't change
        // that. The two calls are independent, so the search waits for the slower one, not for both in turn.
        var citesArticle = searcher.FindReference(question) is not null;
        var expanding = expander.IsEnabled && !citesArticle ? ExpandAsync(question, state, cancellationToken) : Task.FromResult<string?>(null);
        // Vectors of one model are comparable with that model's only: an index without the configured model's vectors
        // is searched by words alone.
        var embedding = embedder.IsEnabled && !citesArticle && searcher.EmbeddingModel is { } indexModel && indexModel == embedder.Model
            ? EmbedAsync(question, state, cancellationToken)
            : Task.FromResult<float[]?>(null);
        await Task.WhenAll(expanding, embedding);
        var expansion = await expanding;
        var vector = await embedding;
        var result = searcher.Search(new SearchRequest(question, Retrieved, Expansion: expansion, QuestionVector: vector), cancellationToken);
        var language = BotLanguages.Of(result.QuestionLanguage);
        var support = result.Support.Level;
        var selection = composer.Select(result, searcher.FindArticle);
        if (support != SupportLevel.None && selection.IsEmpty)
            support = SupportLevel.None;
        var cited = composer.Cite(selection, language);
        var hits = selection.Quoted.Concat(selection.Named).ToList();
        var topics = sensitive.Detect(question).Where(t => t != SensitiveTopic.SelfHarm).ToList();
        var unansweredInARow = support == SupportLevel.None ? state.UnansweredInARow + 1 : 0;
        var exact = selection.Quoted.Count > 0 && selection.Quoted[0].IsExactReference;

        string? generated = null;
        if (support == SupportLevel.Strong && !exact && cited.Count > 0 && generator.IsEnabled)
            generated = await GenerateAsync(question, language, cited, state, cancellationToken);

        var answerId = Guid.NewGuid().ToString("N");
        var mode = support == SupportLevel.None ? AnswerRecord.UnsupportedMode
            : exact ? "reference"
            : generated is not null ? "generated"
            : selection.Explanation is not null ? "guide"
            : "extractive";
        var reply = composer.Compose(new AnswerDraft(answerId, question, language, support, hits, cited, generated, topics, unansweredInARow)
        {
            Explanation = support == SupportLevel.None ? null : selection.Explanation,
            Further = support == SupportLevel.None ? [] : composer.Name(selection, language),
        });
        var keys = selection.Keys;
        var now = time.GetUtcNow();

        await store.RecordAnswerAsync(new AnswerRecord(answerId, state.Address, question, keys, mode, language, now), cancellationToken);
        if (support == SupportLevel.None)
        {
            var closest = result.Hits.Take(3).Select(h => h.ArticleKey).ToList();
            await store.RecordUnansweredAsync(
                new UnansweredQuestion(state.Address, question, language, result.Support.Reason, closest, now), cancellationToken);
        }
        AnsweringLog.Answered(logger, state.Address.Key, question.Length, expansion is not null, vector is not null, support, mode, keys.Count, topics.Count);
        return new AnswerOutcome(reply, language, keys, support, mode, topics);
    }

    private async Task<string?> ExpandAsync(string question, ConversationState state, CancellationToken cancellationToken)
    {
        try
        {
            return await expander.ExpandAsync(question, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // An optional part never sinks the turn: the question is searched as typed.
            AnsweringLog.ExpansionFailed(logger, state.Address.Key, exception.GetType().Name);
            return null;
        }
    }

    private async Task<float[]?> EmbedAsync(string question, ConversationState state, CancellationToken cancellationToken)
    {
        try
        {
            return await embedder.EmbedAsync(question, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // An optional part never sinks the turn: the question is searched by its words.
            AnsweringLog.EmbeddingFailed(logger, state.Address.Key, exception.GetType().Name);
            return null;
        }
    }

    private async Task<string?> GenerateAsync(
        string question, string language, IReadOnlyList<Citation> cited, ConversationState state, CancellationToken cancellationToken)
    {
        var articles = cited.Select(c => new GroundingArticle(c.Number, c.ArticleKey, c.Source, c.FullText)).ToList();
        try
        {
            var answer = await generator.GenerateAsync(new GenerationRequest(question, language, articles), cancellationToken);
            // The generator validates its citations; an answer citing nothing we showed is not used.
            if (answer is null || answer.CitedNumbers.Count == 0 || answer.CitedNumbers.Any(n => n < 1 || n > cited.Count))
                return null;
            return answer.Text;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // An optional part never sinks the turn: the extractive answer stands.
            AnsweringLog.GenerationFailed(logger, state.Address.Key, exception.GetType().Name);
            return null;
        }
    }
}
