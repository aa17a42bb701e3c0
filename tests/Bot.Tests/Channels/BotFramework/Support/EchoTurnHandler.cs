using System.Collections.Concurrent;
using Assistant.Bot.Conversations;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Tests.Channels.BotFramework.Support;

/// <summary>
/// Stand-in turn logic: welcomes on MemberAdded/Installed, answers "card" with an AnswerCard, "boom" by throwing,
/// invokes with InvokeText, anything else with "echo: {text}".
/// </summary>
public sealed class EchoTurnHandler : ITurnHandler
{
    public const string Welcome = "Welcome to the union assistant";
    private readonly ConcurrentQueue<IncomingMessage> _received = new();

    public IReadOnlyList<IncomingMessage> Received => [.. _received];

    public Task<TurnResult> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        _received.Enqueue(message);
        return Task.FromResult(message switch
        {
            { Kind: IncomingKind.MemberAdded or IncomingKind.Installed } => new TurnResult([new Reply(Welcome, "en")]),
            { Kind: IncomingKind.CardInvoke } => new TurnResult([new Reply("noted: " + message.Submission?.Action, "en")], "Saved " + message.Submission?.Action),
            { Text: "boom" } => throw new InvalidOperationException("test fault"),
            { Text: "card" } => new TurnResult([new Reply("Fallback text", "zh", SampleCard(), [new SuggestedAction("More", "tell me more")])]),
            { Submission: { } submission } => new TurnResult([new Reply("submitted: " + submission.Action, "en")]),
            _ => new TurnResult([new Reply("echo: " + message.Text, "en")]),
        });
    }

    public static AnswerCard SampleCard() => new(
        "a-1",
        "经济补偿",
        "用人单位解除劳动合同应当支付经济补偿 [1]。",
        [new Citation(1, "劳动合同法#第四十七条", "《中华人民共和国劳动合同法》第四十七条", "经济补偿按劳动者在本单位工作的年限…", "经济补偿按劳动者在本单位工作的年限，每满一年支付一个月工资的标准向劳动者支付。")],
        "本回答仅供一般参考。",
        [
            new CardButton("有帮助", new CardSubmission(CardActions.Helpful, new Dictionary<string, string> { ["answerId"] = "a-1" })),
            new CardButton("联系工会干部", new CardSubmission(CardActions.AskOfficer, new Dictionary<string, string> { ["answerId"] = "a-1" })),
        ],
        "显示全文");
}
