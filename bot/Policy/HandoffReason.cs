namespace Assistant.Bot.Policy;

/// <summary>Why a conversation is handed to a union officer.</summary>
public enum HandoffReason
{
    /// <summary>The worker asked for a person.</summary>
    Requested,
    /// <summary>The worker found an answer not helpful and asked for a person.</summary>
    NotHelpful,
    /// <summary>The knowledge could not support an answer.</summary>
    Unanswered,
    /// <summary>Injury, dismissal, unpaid wages, harassment.</summary>
    Sensitive,
    /// <summary>Thoughts of self-harm: a person at once.</summary>
    SelfHarm,
}
