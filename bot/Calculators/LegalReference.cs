namespace Assistant.Bot.Calculators;

/// <summary>
/// A rule a result relies on. <paramref name="Law"/> is the short title as the knowledge library keys it (the title
/// without 中华人民共和国); <paramref name="Article"/> the label as written in the statute file (第四十七条), or null for
/// a document without numbered articles. <paramref name="Bundled"/> is false for rules whose text is not in our
/// bundled laws, so the answer can say it cannot quote them.
/// </summary>
public sealed record LegalReference(string Law, string? Article, bool Bundled = true)
{
    /// <summary>The article key (<c>劳动合同法#第四十七条</c>), or the bare title for a document without articles.</summary>
    public string Key => Article is null ? Law : $"{Law}#{Article}";

    public override string ToString() => Key;
}
