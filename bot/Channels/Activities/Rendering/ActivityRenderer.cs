using System.Text.Json;
using Assistant.Bot.Channels.Activities.Schema;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Channels.Activities.Rendering;

/// <summary>
/// Turns a <see cref="Reply"/> into an outgoing Activity: plain text always, an Adaptive Card for an answer, imBack
/// suggested actions. Knows nothing of HTTP, so any channel speaking Activities (Bot Connector, Direct Line) can use it.
/// </summary>
public sealed class ActivityRenderer
{
    /// <summary>Renders <paramref name="reply"/> addressed as <paramref name="addressing"/> says; no id, timestamp or serviceUrl.</summary>
    public Activity Render(Reply reply, ActivityAddressing addressing)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(addressing);
        var actions = reply.SuggestedActions is { Count: > 0 } suggested
            ? new SuggestedActions
            {
                Actions = [.. suggested.Select(action => new CardAction
                {
                    Type = "imBack",
                    Title = action.Title,
                    Value = JsonSerializer.SerializeToElement(action.Text, BotFrameworkJson.Context.String),
                })],
            }
            : null;
        return new Activity
        {
            Type = ActivityTypes.Message,
            From = addressing.From,
            Recipient = addressing.Recipient,
            Conversation = addressing.Conversation,
            ReplyToId = addressing.ReplyToId,
            // With a card, the plain text is the fallback (summary, card fallbackText), not a second message:
            // Teams and Web Chat would otherwise show the answer twice.
            Text = reply.Card is null ? reply.Text : null,
            Summary = reply.Card is null ? null : reply.Text,
            Locale = ToLocale(reply.Language),
            Attachments = reply.Card is { } card
                ? [new Attachment { ContentType = ActivityTypes.AdaptiveCardContentType, Content = AdaptiveCardBuilder.Build(card, reply.Text) }]
                : null,
            SuggestedActions = actions,
        };
    }

    /// <summary>A typing indicator addressed like a reply.</summary>
    public Activity Typing(ActivityAddressing addressing)
    {
        ArgumentNullException.ThrowIfNull(addressing);
        return new Activity
        {
            Type = ActivityTypes.Typing,
            From = addressing.From,
            Recipient = addressing.Recipient,
            Conversation = addressing.Conversation,
            ReplyToId = addressing.ReplyToId,
        };
    }

    /// <summary>Our language codes (<c>zh</c>, <c>en</c>) as BCP-47 locales; a full tag passes unchanged.</summary>
    public static string? ToLocale(string? language) => language switch
    {
        null or "" => null,
        "zh" => "zh-CN",
        "en" => "en-US",
        _ => language,
    };
}
