using Assistant.Bot.Replies;

namespace Assistant.Bot.Calculators.Conversation;

/// <summary>What one message did to a calculation: the reply, the calculation still waiting for a figure (null when
/// done or stopped), and what a finished one keeps for a case.</summary>
public sealed record CalculationStep(Reply Reply, PendingCalculation? Pending, CalculationNote? Done = null);
