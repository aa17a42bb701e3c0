using System.Globalization;
using System.Resources;

namespace Assistant.Bot.Resources;

/// <summary>
/// Every user-facing text of the bot, from <c>BotText.resx</c> (English, also the language-neutral word lists) and
/// <c>BotText.zh-Hans.resx</c> (Chinese). Languages are the bot's codes <c>zh</c> and <c>en</c>.
/// </summary>
public sealed class BotText
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");
    private readonly ResourceManager _resources = new("Assistant.Bot.Resources.BotText", typeof(BotText).Assembly);

    /// <summary>The text <paramref name="name"/> in <paramref name="language"/> (<c>zh</c> or <c>en</c>).</summary>
    /// <exception cref="MissingManifestResourceException">No such text: a bug, caught by the resource tests.</exception>
    public string Get(string name, string language) =>
        _resources.GetString(name, CultureOf(language))
        ?? throw new MissingManifestResourceException($"The bot text '{name}' is missing.");

    /// <summary>The text <paramref name="name"/> with its placeholders filled in.</summary>
    public string Format(string name, string language, params object?[] arguments) =>
        string.Format(CultureOf(language), Get(name, language), arguments);

    /// <summary>A word list (<c>|</c>-separated resource), trimmed, lower-cased, longest first.</summary>
    public IReadOnlyList<string> Words(string name) =>
        Get(name, BotLanguages.English)
            .Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.ToLowerInvariant())
            .OrderByDescending(w => w.Length)
            .ToList();

    private static CultureInfo CultureOf(string language) =>
        language == BotLanguages.Chinese ? Chinese : CultureInfo.InvariantCulture;
}
