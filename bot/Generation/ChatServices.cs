using Azure.Identity;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Assistant.Bot.Generation;

/// <summary>The chat client every model feature builds the same way: our own HttpClient and a Semantic Kernel chat service.</summary>
internal static class ChatServices
{
    /// <summary>An HttpClient whose timeouts are the caller's (per attempt), never HttpClient's 100 s default.</summary>
    public static HttpClient CreateHttpClient(GenerationOptions options) =>
        new(new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };

    /// <summary>No logger factory is given to the kernel, so the connectors never log prompts or answers.</summary>
    public static IChatCompletionService Create(GenerationOptions options, HttpClient httpClient)
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
}
