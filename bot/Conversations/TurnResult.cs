using Assistant.Bot.Replies;
namespace Assistant.Bot.Conversations;

/// <summary>What a turn produced.</summary>
/// <param name="Replies">Messages to send, in order.</param>
/// <param name="InvokeText">For <see cref="IncomingKind.CardInvoke"/>: the short text the channel shows as the action's result.</param>
/// <param name="InvokeCard">For <see cref="IncomingKind.CardInvoke"/>: a card replacing the pressed one (wins over <paramref name="InvokeText"/>).</param>
public sealed record TurnResult(IReadOnlyList<Reply> Replies, string? InvokeText = null, AnswerCard? InvokeCard = null)
{
    /// <summary>Nothing to say.</summary>
    public static TurnResult Silent { get; } = new([]);
}
