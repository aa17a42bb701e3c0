using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Indexing;

/// <summary>BCP-47 style codes stored in the index for each language.</summary>
public static class LanguageCodes
{
    /// <summary>The code stored for a language: <c>zh</c> or <c>en</c>.</summary>
    public static string From(DocumentLanguage language) => language == DocumentLanguage.English ? "en" : "zh";

    /// <summary>The language a stored code stands for.</summary>
    public static DocumentLanguage Parse(string? code) =>
        string.Equals(code, "en", StringComparison.OrdinalIgnoreCase) ? DocumentLanguage.English : DocumentLanguage.Chinese;
}
