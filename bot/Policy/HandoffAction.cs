namespace Assistant.Bot.Policy;

/// <summary>What a turn does about a person.</summary>
public enum HandoffAction
{
    /// <summary>The bot answers (the answer may offer a person).</summary>
    Answer,
    /// <summary>The worker asked for a person: ask how (named or anonymous) and open a case.</summary>
    RequestOfficer,
    /// <summary>A person at once, before anything else: a case opens without asking.</summary>
    OpenCaseNow,
}
