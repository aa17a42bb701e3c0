using System.Globalization;
using System.Text.Json;
using Assistant.Bot.Channels.Activities.Schema;
using Assistant.Bot.Conversations;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Channels.Activities.Inbound;

/// <summary>Reads what the turn logic needs out of an inbound Activity: address, text without the bot's mention, card data, the Teams team.</summary>
internal static class ActivityMapper
{
    public static ConversationAddress Address(Activity activity) =>
        new(activity.ChannelId!, activity.Conversation!.Id!, Scope(activity.Conversation));

    public static ConversationScope Scope(ConversationAccount conversation) => conversation.ConversationType switch
    {
        "personal" => ConversationScope.Personal,
        "groupChat" => ConversationScope.Group,
        "channel" => ConversationScope.Channel,
        _ => conversation.IsGroup == true ? ConversationScope.Group : ConversationScope.Personal,
    };

    public static IncomingMessage Message(Activity activity, DateTimeOffset now) => Incoming(
        activity,
        IncomingKind.Message,
        activity.From,
        StripBotMention(activity),
        activity.Value is { ValueKind: JsonValueKind.Object } value ? Submission(value, fallbackAction: null) : null,
        now);

    public static IncomingMessage Member(Activity activity, IncomingKind kind, ChannelAccount member, DateTimeOffset now) =>
        Incoming(activity, kind, member, null, null, now);

    /// <summary>An <c>adaptiveCard/action</c> invoke: <c>value.action.data</c>, with the verb when the data names no action.</summary>
    public static IncomingMessage CardInvoke(Activity activity, DateTimeOffset now)
    {
        CardSubmission? submission = null;
        if (activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object)
        {
            var verb = action.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            submission = action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                ? Submission(data, verb)
                : new CardSubmission(verb ?? string.Empty, new Dictionary<string, string>());
        }

        return Incoming(activity, IncomingKind.CardInvoke, activity.From, null, submission, now);
    }

    /// <summary>Removes the bot's own mention (entity whose mentioned.id is the recipient) from the text, then trims.</summary>
    public static string? StripBotMention(Activity activity)
    {
        var text = activity.Text;
        if (string.IsNullOrEmpty(text))
            return null;
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)
                || botId is null
                || !string.Equals(entity.Mentioned?.Id, botId, StringComparison.Ordinal)
                || string.IsNullOrEmpty(entity.Text))
                continue;
            var at = text.IndexOf(entity.Text, StringComparison.Ordinal);
            if (at >= 0)
                text = text.Remove(at, entity.Text.Length);
        }

        text = text.Trim();
        return text.Length == 0 ? null : text;
    }

    private static CardSubmission Submission(JsonElement data, string? fallbackAction)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        string? action = null;
        foreach (var property in data.EnumerateObject())
        {
            var text = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                _ => null,
            };
            if (text is null)
                continue;
            if (string.Equals(property.Name, "action", StringComparison.Ordinal))
                action = text;
            else
                fields[property.Name] = text;
        }

        return new CardSubmission(action ?? fallbackAction ?? string.Empty, fields);
    }

    private static IncomingMessage Incoming(Activity activity, IncomingKind kind, ChannelAccount? user, string? text, CardSubmission? submission, DateTimeOffset now) =>
        new(
            Address(activity),
            kind,
            user?.Id ?? string.Empty,
            user?.Name,
            text,
            submission,
            activity.Locale,
            DateTimeOffset.TryParse(activity.Timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var sent) ? sent : now,
            activity.Id,
            OrgUnit: null,
            Team: ChannelData.Team(activity));
}
