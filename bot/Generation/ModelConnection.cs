using System.Globalization;
using Azure.Identity;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Assistant.Bot.Generation;

/// <summary>
/// A model feature's connection to the model service, built the same way for every feature: our own HttpClient and a
/// Semantic Kernel chat service on it. Disposing it closes the HttpClient.
/// </summary>
internal sealed class ModelConnection : IDisposable
{
    private readonly HttpClient _httpClient;

    private ModelConnection(HttpClient httpClient, IChatCompletionService chat)
    {
        _httpClient = httpClient;
        Chat = chat;
    }

    /// <summary>The chat service.</summary>
    public IChatCompletionService Chat { get; }

    /// <summary>Connects to the configured model service.</summary>
    /// <param name="options">The settings; <see cref="GenerationOptions.Provider"/> must not be None.</param>
    /// <param name="disabledAlternative">The feature's implementation without a model, named in the error.</param>
    public static ModelConnection Open(GenerationOptions options, string disabledAlternative)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == GenerationProvider.None)
            throw new ArgumentException($"Generation:Provider is None; use {disabledAlternative}.", nameof(options));
        var httpClient = ModelServiceHttp.CreateClient(TimeSpan.FromSeconds(options.TimeoutSeconds));
        try
        {
            return new ModelConnection(httpClient, CreateChat(options, httpClient));
        }
        catch
        {
            httpClient.Dispose();
            throw;
        }
    }

    public void Dispose() => _httpClient.Dispose();

    /// <summary>No logger factory is given to the kernel, so the connectors never log prompts or answers.</summary>
    private static IChatCompletionService CreateChat(GenerationOptions options, HttpClient httpClient)
    {
        var builder = Kernel.CreateBuilder();
        var apiKey = string.IsNullOrWhiteSpace(options.ApiKey) ? null : options.ApiKey;
        var apiVersion = string.IsNullOrWhiteSpace(options.ApiVersion) ? null : options.ApiVersion;
        if (options.Provider == GenerationProvider.AzureOpenAI)
        {
            if (options.UseEntraCredential)
            {
                builder.AddAzureOpenAIChatCompletion(options.Deployment!, options.Endpoint!, new DefaultAzureCredential(),
                    httpClient: httpClient, apiVersion: apiVersion);
            }
            else
            {
                builder.AddAzureOpenAIChatCompletion(options.Deployment!, options.Endpoint!, apiKey!,
                    httpClient: httpClient, apiVersion: apiVersion);
            }
        }
        else
        {
            builder.AddOpenAIChatCompletion(options.Model!, new Uri(options.Endpoint!), apiKey, httpClient: httpClient);
        }

        return builder.Build().GetRequiredService<IChatCompletionService>();
    }

    /// <summary>
    /// One call within <paramref name="budget"/>, for a feature that can't wait for retries. A timeout, an HTTP
    /// failure or an empty reply is an outcome, not an exception; only the caller's own cancellation is thrown.
    /// </summary>
    public async Task<ChatAttempt> AskOnceAsync(
        ChatHistory history, PromptExecutionSettings settings, TimeSpan budget, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timer = new CancellationTokenSource(budget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            var reply = await Chat.GetChatMessageContentAsync(history, settings, kernel: null, linked.Token);
            var text = reply.Content?.Trim();
            return string.IsNullOrEmpty(text) ? new ChatAttempt(null, "empty") : new ChatAttempt(text, null);
        }
        catch (Exception) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new ChatAttempt(null, "timeout");
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new ChatAttempt(null, failure is HttpOperationException { StatusCode: { } status }
                ? ((int)status).ToString(CultureInfo.InvariantCulture)
                : failure.GetType().Name);
        }
    }
}
