using Assistant.Knowledge.Documents;

namespace Assistant.Bot.Resources;

/// <summary>The bot's language codes, as kept in conversation state and replies.</summary>
public static class BotLanguages
{
    /// <summary>Chinese, the default.</summary>
    public const string Chinese = "zh";

    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>The code of a detected language.</summary>
    public static string Of(DocumentLanguage language) => language == DocumentLanguage.English ? English : Chinese;

    /// <summary>The code for a client locale (<c>en-US</c> → <c>en</c>); Chinese when unknown.</summary>
    public static string FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Chinese;
}
