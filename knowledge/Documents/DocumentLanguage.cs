namespace Assistant.Knowledge.Documents;

/// <summary>The language of a document or a question.</summary>
public enum DocumentLanguage
{
    /// <summary>Chinese (simplified or traditional).</summary>
    Chinese,
    /// <summary>English.</summary>
    English,
}
