namespace Assistant.Bot.Channels.DirectLine;

/// <summary>One activity of a conversation's history: its sequence number (the watermark) and its wire JSON.</summary>
public sealed record StoredActivity(long Seq, string Json);
