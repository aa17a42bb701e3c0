using Assistant.Bot.Policy;
using Assistant.Bot.Understanding;
using Assistant.Knowledge.Search;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Tests.Policy;

/// <summary>Every reason the bot hands a worker to a person, decided in one place.</summary>
public sealed class HandoffPolicyTests
{
    private static readonly HandoffPolicy Policy = new(Options.Create(new HandoffPolicyOptions()));

    [Theory]
    [InlineData(Intent.Question, HandoffAction.OpenCaseNow, HandoffReason.SelfHarm)]
    [InlineData(Intent.TalkToPerson, HandoffAction.OpenCaseNow, HandoffReason.SelfHarm)]
    [InlineData(Intent.Greeting, HandoffAction.OpenCaseNow, HandoffReason.SelfHarm)]
    public void Thoughts_of_self_harm_open_a_case_at_once_whatever_else_the_message_asks(Intent intent, HandoffAction action, HandoffReason reason)
    {
        var decision = Policy.Decide(intent, [SensitiveTopic.SelfHarm]);

        Assert.Equal((action, reason), (decision.Action, decision.Reason));
    }

    [Fact]
    public void Asking_for_a_person_requests_one_and_anything_else_is_answered()
    {
        Assert.Equal(HandoffAction.RequestOfficer, Policy.Decide(Intent.TalkToPerson, []).Action);
        Assert.Equal(HandoffAction.Answer, Policy.Decide(Intent.Question, [SensitiveTopic.Dismissal]).Action);
        Assert.Equal(HandoffAction.Answer, Policy.Decide(Intent.Greeting, []).Action);
    }

    [Theory]
    [InlineData(SupportLevel.Strong, false, 0, OfficerOffer.None)]
    [InlineData(SupportLevel.Strong, true, 0, OfficerOffer.Sensitive)]
    [InlineData(SupportLevel.Weak, false, 0, OfficerOffer.Plain)]
    [InlineData(SupportLevel.Weak, true, 0, OfficerOffer.Sensitive)]
    [InlineData(SupportLevel.None, false, 1, OfficerOffer.Plain)]
    [InlineData(SupportLevel.None, true, 1, OfficerOffer.Sensitive)]
    [InlineData(SupportLevel.None, false, 2, OfficerOffer.Prominent)]
    [InlineData(SupportLevel.None, true, 3, OfficerOffer.Prominent)]
    public void An_answer_offers_a_person_by_its_support_the_topics_and_the_questions_gone_unanswered(
        SupportLevel support, bool sensitive, int unansweredInARow, OfficerOffer offer)
    {
        IReadOnlyList<SensitiveTopic> topics = sensitive ? [SensitiveTopic.WageArrears] : [];

        Assert.Equal(offer, Policy.OfferFor(support, topics, unansweredInARow));
    }

    [Fact]
    public void The_number_of_unanswered_questions_is_a_setting()
    {
        var patient = new HandoffPolicy(Options.Create(new HandoffPolicyOptions { UnansweredInARow = 3 }));

        Assert.Equal(OfficerOffer.Plain, patient.OfferFor(SupportLevel.None, [], 2));
        Assert.Equal(OfficerOffer.Prominent, patient.OfferFor(SupportLevel.None, [], 3));
        Assert.Equal(HandoffReason.Requested, patient.ReasonFor(HandoffReason.Requested, [], 2));
        Assert.Equal(HandoffReason.Unanswered, patient.ReasonFor(HandoffReason.Requested, [], 3));
    }

    [Theory]
    [InlineData(HandoffReason.Requested, true, 0, HandoffReason.Sensitive)]
    [InlineData(HandoffReason.NotHelpful, true, 5, HandoffReason.Sensitive)]
    [InlineData(HandoffReason.Requested, false, 2, HandoffReason.Unanswered)]
    [InlineData(HandoffReason.Requested, false, 1, HandoffReason.Requested)]
    [InlineData(HandoffReason.SelfHarm, false, 9, HandoffReason.SelfHarm)]
    public void A_request_for_a_person_is_recorded_with_what_led_to_it(HandoffReason asked, bool sensitiveLast, int unanswered, HandoffReason recorded)
    {
        IReadOnlyList<SensitiveTopic> last = sensitiveLast ? [SensitiveTopic.Injury] : [];

        Assert.Equal(recorded, Policy.ReasonFor(asked, last, unanswered));
    }

    [Fact]
    public void The_setting_is_validated_at_start()
    {
        using var factory = new Support.BotFactory(new() { ["HandoffPolicy:UnansweredInARow"] = "0" });

        var failure = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains("UnansweredInARow", failure.ToString(), StringComparison.Ordinal);
    }
}
