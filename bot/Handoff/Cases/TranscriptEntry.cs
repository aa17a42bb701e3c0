namespace Assistant.Bot.Handoff.Cases;

/// <summary>One message of a case's conversation between the employee, the officer and the bot.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="At">When it was written.</param>
/// <param name="Author"><c>employee</c>, <c>officer</c> or <c>bot</c>.</param>
/// <param name="AuthorLabel">As officers see it: the employee's label (anonymous label when anonymous), the officer's name.</param>
/// <param name="Text">The message.</param>
public sealed record TranscriptEntry(long CaseId, DateTimeOffset At, string Author, string AuthorLabel, string Text)
{
    public const string Employee = "employee";
    public const string Officer = "officer";
    public const string Bot = "bot";
}
