
namespace Assistant.Bot.Conversations;

/// <summary>What the handoff relay did with a message: what to answer, and the conversation's state when the relay
/// changed it (an org unit chosen on the open-case card) for the turn to write with the rest.</summary>
public sealed record RelayResult(TurnResult Result, ConversationState? ChangedState = null);
