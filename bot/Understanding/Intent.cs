namespace Assistant.Bot.Understanding;

/// <summary>What a typed message asks for.</summary>
public enum Intent
{
    /// <summary>A question for the answerer.</summary>
    Question,
    /// <summary>A greeting only.</summary>
    Greeting,
    /// <summary>What can the bot do.</summary>
    Help,
    /// <summary>Talk to a person (转人工 / 找工会 / human…).</summary>
    TalkToPerson,
}
