using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Assistant.Bot.Generation;

/// <summary>
/// Writes answers with a chat model through Semantic Kernel (Azure OpenAI or any OpenAI-compatible server), then
/// keeps them only when every citation is one of the articles given. Semantic Kernel does not retry, so this class
/// does: per-attempt timeout, retries on timeouts, 429 (honouring Retry-After) and 5xx, all inside one time budget.
/// Every failure ends in null, and the caller sends the extractive answer.
/// </summary>
public sealed class SemanticKernelAnswerGenerator : IAnswerGenerator, IDisposable
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(200);

    // No model answers usefully in less; starting an attempt with a sliver of budget left only adds load.
    private static readonly TimeSpan MinimumAttemptTime = TimeSpan.FromMilliseconds(500);

    private readonly GenerationOptions _options;
    private readonly PromptBuilder _prompts;
    private readonly CitationValidator _validator;
    private readonly TimeProvider _time;
    private readonly ILogger<SemanticKernelAnswerGenerator> _logger;
    private readonly ModelConnection _model;

    public SemanticKernelAnswerGenerator(
        IOptions<GenerationOptions> options,
        PromptBuilder prompts,
        CitationValidator validator,
        TimeProvider time,
        ILogger<SemanticKernelAnswerGenerator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _prompts = prompts;
        _validator = validator;
        _time = time;
        _logger = logger;
        _model = ModelConnection.Open(_options, nameof(DisabledAnswerGenerator));
        GenerationLog.Enabled(_logger, _options.Provider);
    }

    public bool IsEnabled => true;

    public async Task<GeneratedAnswer?> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Articles.Count == 0 || string.IsNullOrWhiteSpace(request.Question))
            return null;

        var prompt = _prompts.Build(request, _options.MaxArticles);
        var history = new ChatHistory();
        history.AddSystemMessage(prompt.System);
        history.AddUserMessage(prompt.User);
        var settings = new OpenAIPromptExecutionSettings
        {
            MaxTokens = _options.MaxOutputTokens,
            Temperature = _options.Temperature,
        };

        var started = _time.GetTimestamp();
        var budget = TimeSpan.FromSeconds(_options.TotalBudgetSeconds);
        var attempt = 0;
        while (true)
        {
            var remaining = budget - _time.GetElapsedTime(started);
            if (remaining < MinimumAttemptTime)
                break;

            attempt++;

            var attemptTimeout = TimeSpan.FromSeconds(_options.TimeoutSeconds);
            using var attemptTimer = new CancellationTokenSource(attemptTimeout < remaining ? attemptTimeout : remaining, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, attemptTimer.Token);
            TimeSpan wait;
            try
            {
                var reply = await _model.Chat.GetChatMessageContentAsync(history, settings, kernel: null, linked.Token);
                return Accept(reply.Content, prompt, attempt, started);
            }
            catch (Exception) when (attemptTimer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                GenerationLog.AttemptTimedOut(_logger, attempt);
                wait = TimeSpan.Zero;
            }
            catch (HttpOperationException failure) when (IsTransient(failure.StatusCode))
            {
                GenerationLog.AttemptFailed(_logger, attempt, (int)failure.StatusCode!.Value);
                wait = RetryAfter.From(failure, _time.GetUtcNow()) ?? FirstRetryDelay * (1 << (attempt - 1));
            }
            catch (HttpOperationException failure) when (failure.StatusCode is { } status)
            {
                GenerationLog.AttemptFailed(_logger, attempt, (int)status);
                break;
            }
            catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                GenerationLog.AttemptFaulted(_logger, attempt, failure.GetType().Name);
                break;
            }

            if (attempt > _options.MaxRetries)
                break;
            remaining = budget - _time.GetElapsedTime(started);
            if (wait >= remaining)
            {
                GenerationLog.RetryAfterBeyondBudget(_logger, (long)wait.TotalMilliseconds, (long)remaining.TotalMilliseconds);
                break;
            }

            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, _time, cancellationToken);
        }

        GenerationLog.GaveUp(_logger, attempt, (long)_time.GetElapsedTime(started).TotalMilliseconds);
        return null;
    }

    public void Dispose() => _model.Dispose();

    private GeneratedAnswer? Accept(string? text, GenerationPrompt prompt, int attempt, long started)
    {
        var answer = _validator.Validate(text, prompt.ArticleNumbers);
        if (answer is null)
        {
            var cited = text is null ? [] : _validator.FindCitations(text);
            GenerationLog.Rejected(_logger, cited.Count, cited.Count(n => !prompt.ArticleNumbers.Contains(n)), prompt.ArticleNumbers.Count);
            return null;
        }

        GenerationLog.Generated(_logger, attempt, (long)_time.GetElapsedTime(started).TotalMilliseconds,
            answer.CitedNumbers.Count, prompt.ArticleNumbers.Count);
        return answer;
    }

    private static bool IsTransient(HttpStatusCode? status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int?)status >= 500;
}
