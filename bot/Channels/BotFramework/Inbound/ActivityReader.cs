using System.Text.Json;
using Assistant.Bot.Channels.BotFramework.Schema;

namespace Assistant.Bot.Channels.BotFramework.Inbound;

/// <summary>Reads one Activity from a request body: at most the configured size, well-formed, with the mandatory fields.</summary>
internal static class ActivityReader
{
    public static async Task<ReadOutcome> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            return ReadOutcome.Fail(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {maxBytes} bytes.");

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return ReadOutcome.Fail(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {maxBytes} bytes.");
            buffer.Write(chunk, 0, read);
        }

        Activity? activity;
        try
        {
            activity = buffer.Length == 0 ? null : JsonSerializer.Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), BotFrameworkJson.Context.Activity);
        }
        catch (JsonException)
        {
            return ReadOutcome.Fail(StatusCodes.Status400BadRequest, "The body is not a JSON activity.");
        }

        if (activity is null)
            return ReadOutcome.Fail(StatusCodes.Status400BadRequest, "The body is empty.");
        if (string.IsNullOrEmpty(activity.Type))
            return ReadOutcome.Fail(StatusCodes.Status400BadRequest, "The activity has no type.");
        if (string.IsNullOrEmpty(activity.Conversation?.Id))
            return ReadOutcome.Fail(StatusCodes.Status400BadRequest, "The activity has no conversation.id.");
        if (string.IsNullOrEmpty(activity.ChannelId))
            return ReadOutcome.Fail(StatusCodes.Status400BadRequest, "The activity has no channelId.");
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
            return ReadOutcome.Fail(StatusCodes.Status400BadRequest, "The activity has no absolute serviceUrl.");
        return ReadOutcome.Ok(activity);
    }
}
