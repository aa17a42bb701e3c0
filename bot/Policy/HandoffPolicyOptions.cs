using System.ComponentModel.DataAnnotations;

namespace Assistant.Bot.Policy;

/// <summary>When the bot hands a worker to a person. Section <c>HandoffPolicy</c>.</summary>
public sealed class HandoffPolicyOptions
{
    public const string SectionName = "HandoffPolicy";

    /// <summary>After this many questions in a row the knowledge could not answer, the answer puts the offer of a person
    /// first, and a request for a person that follows is recorded as unanswered rather than asked.</summary>
    [Range(1, 20)]
    public int UnansweredInARow { get; set; } = 2;
}
