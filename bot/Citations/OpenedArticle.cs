namespace Assistant.Bot.Citations;

/// <summary>An article as a reader opens it.</summary>
/// <param name="Key">Its key (for links and records, never shown).</param>
/// <param name="Name">As the law names itself (<c>《劳动合同法》（2012年修正）第四十七条</c>).</param>
/// <param name="Text">Its whole text, paragraphs on lines of their own.</param>
/// <param name="InForce">When its version took effect, when known.</param>
public sealed record OpenedArticle(string Key, string Name, string Text, string? InForce);
