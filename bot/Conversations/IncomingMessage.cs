using Assistant.Bot.Replies;
namespace Assistant.Bot.Conversations;

/// <summary>What a channel delivered to the turn logic, free of any wire format.</summary>
/// <param name="Address">Which conversation it came from.</param>
/// <param name="Kind">What happened.</param>
/// <param name="UserId">The sender's channel user id.</param>
/// <param name="UserName">The sender's display name, when the channel gives one.</param>
/// <param name="Text">The text typed, with the bot's own @mention removed; null when there is none.</param>
/// <param name="Submission">A card button's data (Action.Submit, Teams invoke), when the message is a card action.</param>
/// <param name="Locale">The client's locale (BCP-47), when given.</param>
/// <param name="ReceivedAt">When the channel said it was sent, or when it arrived.</param>
/// <param name="ChannelActivityId">The channel's id of the incoming activity, for replying to it.</param>
/// <param name="OrgUnit">The sender's org unit (team/department) when the channel knows it.</param>
/// <param name="Team">The team the message came from (a Teams team's channel), as the channel reports it; the handoff maps it to an org unit.</param>
public sealed record IncomingMessage(
    ConversationAddress Address,
    IncomingKind Kind,
    string UserId,
    string? UserName,
    string? Text,
    CardSubmission? Submission,
    string? Locale,
    DateTimeOffset ReceivedAt,
    string? ChannelActivityId,
    string? OrgUnit = null,
    ChannelTeam? Team = null);
