using Assistant.Bot.Replies;
namespace Assistant.Bot.Generation;

/// <summary>Writes an answer from retrieved articles with a language model, when one is configured.</summary>
public interface IAnswerGenerator
{
    /// <summary>True when a model is configured.</summary>
    bool IsEnabled { get; }

    /// <summary>
    /// Writes an answer citing the articles as [1]…[n]. Returns null when the model is off, fails, times out, or
    /// answers with no citation or a citation that is not one of <see cref="GenerationRequest.Articles"/>: the caller
    /// then sends the extractive answer.
    /// </summary>
    Task<GeneratedAnswer?> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken);
}

/// <summary>What the model is given: only the question and the retrieved articles.</summary>
/// <param name="Question">The worker's question.</param>
/// <param name="Language"><c>zh</c> or <c>en</c>: the language to answer in.</param>
/// <param name="Articles">The retrieved articles, numbered from 1.</param>
public sealed record GenerationRequest(string Question, string Language, IReadOnlyList<GroundingArticle> Articles);

/// <summary>One retrieved article as the model sees it.</summary>
/// <param name="Number">Its [n] number.</param>
/// <param name="ArticleKey">Citation key.</param>
/// <param name="Source">Law title and article label.</param>
/// <param name="Text">The article's text.</param>
public sealed record GroundingArticle(int Number, string ArticleKey, string Source, string Text);

/// <summary>A validated generated answer.</summary>
/// <param name="Text">The answer text with [n] citations.</param>
/// <param name="CitedNumbers">The distinct article numbers it cites, all among those given.</param>
public sealed record GeneratedAnswer(string Text, IReadOnlyList<int> CitedNumbers);
