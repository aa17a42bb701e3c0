namespace Assistant.Bot.Replies;

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
    /// <summary>Open a case, named or anonymous. Data: <c>identity</c> (<c>named</c>/<c>anonymous</c>), <c>reason</c>.</summary>
    public const string OpenCase = "openCase";
    /// <summary>Rate a resolved case. Data: <c>caseId</c>, <c>score</c> (1–5).</summary>
    public const string RateCase = "rateCase";
    /// <summary>An officer claims a case from the officers' channel card. Data: <c>caseId</c>.</summary>
    public const string ClaimCase = "claimCase";
    /// <summary>The owning officer resolves a case from its card in the officers' channel. Data: <c>caseId</c>.</summary>
    public const string ResolveCase = "resolveCase";
}
