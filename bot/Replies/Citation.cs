namespace Assistant.Bot.Replies;

/// <summary>A quoted article.</summary>
/// <param name="Number">The [n] number the lead and the generated text use.</param>
/// <param name="ArticleKey">Citation key (<c>劳动合同法#第四十七条</c>).</param>
/// <param name="Source">The article as the law names itself (<c>《劳动合同法》（2012年修正）第四十七条</c>), never its key.</param>
/// <param name="Excerpt">The part shown by default.</param>
/// <param name="FullText">The whole article, shown when expanded.</param>
/// <param name="Note">A label such as "superseded version", when needed.</param>
public sealed record Citation(int Number, string ArticleKey, string Source, string Excerpt, string FullText, string? Note = null)
{
    /// <summary>When the article's version took effect (<c>本版本自2013年7月1日起施行。</c>), when known.</summary>
    public string? InForce { get; init; }

    /// <summary>True when <see cref="Excerpt"/> is the whole article, so there is nothing more to open.</summary>
    public bool IsWhole => string.Equals(Excerpt, FullText, StringComparison.Ordinal);
}
