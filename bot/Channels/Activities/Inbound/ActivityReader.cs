using System.Text.Json;
using Assistant.Bot.Channels.Activities.Schema;

namespace Assistant.Bot.Channels.Activities.Inbound;

/// <summary>Reads one Activity from a request body: at most the configured size, well-formed, with the mandatory fields.</summary>
internal static class ActivityReader
{
    /// <summary>A Bot Connector activity: <see cref="ReadBodyAsync"/> plus conversation, channel and service URL.</summary>
    public static async Task<ReadOutcome> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var read = await ReadBodyAsync(request, maxBytes, cancellationToken).ConfigureAwait(false);
        if (read.Activity is not { } activity)
            return read;
        if (string.IsNullOrEmpty(activity.Conversation?.Id))
            return ReadOutcome.Fail(StatusCodes.Status400BadRequest, "The activity has no conversation.id.");
        if (string.IsNullOrEmpty(activity.ChannelId))
            return ReadOutcome.Fail(StatusCodes.Status400BadRequest, "The activity has no channelId.");
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
            return ReadOutcome.Fail(StatusCodes.Status400BadRequest, "The activity has no absolute serviceUrl.");
        return read;
    }

    /// <summary>
    /// Any activity (a Direct Line client's too, which names no conversation or service URL): at most
    /// <paramref name="maxBytes"/> (413), JSON (400), with a type (400).
    /// </summary>
    public static async Task<ReadOutcome> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
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
        return ReadOutcome.Ok(activity);
    }
}
