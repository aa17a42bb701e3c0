using Assistant.Bot.Understanding;
using Assistant.Knowledge.Search;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Policy;

/// <summary>
/// The one place that decides, from what a turn is about, whether the bot answers, offers a union officer or opens a
/// case at once, and why. A new reason to hand a worker over is added here, to its text and to its test.
/// </summary>
public sealed class HandoffPolicy(IOptions<HandoffPolicyOptions> options)
{
    /// <summary>Before anything is answered: thoughts of self-harm go to a person at once; a worker who asks for a person
    /// is asked how; anything else is answered.</summary>
    public HandoffDecision Decide(Intent intent, IReadOnlyList<SensitiveTopic> topics) =>
        topics.Contains(SensitiveTopic.SelfHarm) ? new HandoffDecision(HandoffAction.OpenCaseNow, HandoffReason.SelfHarm)
        : intent == Intent.TalkToPerson ? new HandoffDecision(HandoffAction.RequestOfficer, HandoffReason.Requested)
        : HandoffDecision.Answer;

    /// <summary>The offer of a person an answer carries, from how well the knowledge supported it, the sensitive topics of
    /// the question, and how many questions in a row (this one included) went unanswered.</summary>
    public OfficerOffer OfferFor(SupportLevel support, IReadOnlyList<SensitiveTopic> topics, int unansweredInARow)
    {
        if (support == SupportLevel.None && unansweredInARow >= options.Value.UnansweredInARow)
            return OfficerOffer.Prominent;
        if (topics.Any(t => t != SensitiveTopic.SelfHarm))
            return OfficerOffer.Sensitive;
        return support == SupportLevel.Strong ? OfficerOffer.None : OfficerOffer.Plain;
    }

    /// <summary>Why a worker asking for a person asks: a sensitive last question, or the bot failing several times in a
    /// row, says more than the request itself. <paramref name="lastQuestionTopics"/> are the last question's topics.</summary>
    public HandoffReason ReasonFor(HandoffReason asked, IReadOnlyList<SensitiveTopic> lastQuestionTopics, int unansweredInARow) => asked switch
    {
        HandoffReason.Requested or HandoffReason.NotHelpful when lastQuestionTopics.Count > 0 => HandoffReason.Sensitive,
        HandoffReason.Requested or HandoffReason.NotHelpful when unansweredInARow >= options.Value.UnansweredInARow => HandoffReason.Unanswered,
        _ => asked,
    };

    /// <summary>Whether a message carries thoughts of self-harm: the crisis lines go out at once, whatever else happens.</summary>
    public static bool NeedsCrisisLines(IReadOnlyList<SensitiveTopic> topics) => topics.Contains(SensitiveTopic.SelfHarm);

    /// <summary>The number of unanswered questions in a row after an answer of <paramref name="support"/>.</summary>
    public static int UnansweredAfter(SupportLevel support, int before) => support == SupportLevel.None ? before + 1 : 0;
}
