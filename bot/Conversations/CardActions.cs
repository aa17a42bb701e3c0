namespace Assistant.Bot.Conversations;

/// <summary>The <c>action</c> values our cards send back.</summary>
public static class CardActions
{
    /// <summary>"Was this helpful?" yes. Data: <c>answerId</c>.</summary>
    public const string Helpful = "helpful";
    /// <summary>"Was this helpful?" no. Data: <c>answerId</c>.</summary>
    public const string NotHelpful = "notHelpful";
    /// <summary>Ask a union officer. Data: optional <c>answerId</c>.</summary>
    public const string AskOfficer = "askOfficer";
    /// <summary>Ask a suggested question. Data: <c>text</c>.</summary>
    public const string Ask = "ask";
}
