using Assistant.Bot.Policy;
using Assistant.Bot.Generation;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Resources;
using Assistant.Knowledge.Search;
using Assistant.Bot.Understanding;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Answering;

/// <summary>
/// Answers one question: let the model add the legal terms it involves and the embedding model turn it into a vector
/// when they are configured (both at once), retrieve, follow the support verdict, take the handoff policy's offer of a
/// person, let the model write the lead when one is configured (extractive otherwise or when it declines), and compose.
/// It touches no store: the turn records what it returns.
/// </summary>
public sealed class QuestionAnswerer(
    KnowledgeSearcher searcher,
    AnswerComposer composer,
    IAnswerGenerator generator,
    IQuestionExpander expander,
    IQuestionEmbedder embedder,
    HandoffPolicy policy,
    ILogger<QuestionAnswerer> logger)
{
    private const int Retrieved = 8;

    /// <summary>Answers <paramref name="request"/>'s question.</summary>
    public async Task<AnswerOutcome> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        var question = request.Question;
        var conversation = request.ConversationKey;
        // A question citing an article is answered exactly: no model is asked for words or a vector that can't change
        // that. The two calls are independent, so the search waits for the slower one, not for both in turn.
        var citesArticle = searcher.FindReference(question) is not null;
        var expanding = expander.IsEnabled && !citesArticle ? ExpandAsync(question, conversation, cancellationToken) : Task.FromResult<string?>(null);
        // Vectors of one model are comparable with that model's only: an index without the configured model's vectors
        // is searched by words alone.
        var embedding = embedder.IsEnabled && !citesArticle && searcher.EmbeddingModel is { } indexModel && indexModel == embedder.Model
            ? EmbedAsync(question, conversation, cancellationToken)
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
        var unansweredInARow = HandoffPolicy.UnansweredAfter(support, request.UnansweredBefore);
        var offer = policy.OfferFor(support, request.Topics, unansweredInARow);
        var exact = selection.Quoted.Count > 0 && selection.Quoted[0].IsExactReference;

        string? generated = null;
        if (support == SupportLevel.Strong && !exact && cited.Count > 0 && generator.IsEnabled)
            generated = await GenerateAsync(question, language, cited, conversation, cancellationToken);

        var answerId = Guid.NewGuid().ToString("N");
        var mode = support == SupportLevel.None ? AnswerOutcome.UnsupportedMode
            : exact ? "reference"
            : generated is not null ? "generated"
            : selection.Explanation is not null ? "guide"
            : "extractive";
        var reply = composer.Compose(new AnswerDraft(answerId, question, language, support, hits, cited, generated, offer)
        {
            Explanation = support == SupportLevel.None ? null : selection.Explanation,
            Further = support == SupportLevel.None ? [] : composer.Name(selection, language),
        });
        var keys = selection.Keys;
        var topics = request.Topics.Count(t => t != SensitiveTopic.SelfHarm);
        AnsweringLog.Answered(logger, conversation, question.Length, expansion is not null, vector is not null, support, mode, keys.Count, topics);
        return new AnswerOutcome(
            answerId, reply, language, keys, support, mode, unansweredInARow, result.Support.Reason, [.. result.Hits.Take(3).Select(h => h.ArticleKey)]);
    }

    private async Task<string?> ExpandAsync(string question, string conversation, CancellationToken cancellationToken)
    {
        try
        {
            return await expander.ExpandAsync(question, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // An optional part never sinks the turn: the question is searched as typed.
            AnsweringLog.ExpansionFailed(logger, conversation, exception.GetType().Name);
            return null;
        }
    }

    private async Task<float[]?> EmbedAsync(string question, string conversation, CancellationToken cancellationToken)
    {
        try
        {
            return await embedder.EmbedAsync(question, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // An optional part never sinks the turn: the question is searched by its words.
            AnsweringLog.EmbeddingFailed(logger, conversation, exception.GetType().Name);
            return null;
        }
    }

    private async Task<string?> GenerateAsync(
        string question, string language, IReadOnlyList<Citation> cited, string conversation, CancellationToken cancellationToken)
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
            AnsweringLog.GenerationFailed(logger, conversation, exception.GetType().Name);
            return null;
        }
    }
}
