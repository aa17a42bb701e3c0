using Assistant.Bot.Privacy;
namespace Assistant.Bot.Generation;

/// <summary>Text sent to the model as data between our <c>&lt;&lt;&lt;…&gt;&gt;&gt;</c> delimiters.</summary>
internal static class PromptData
{
    /// <summary>Masks personal numbers and defuses anything that looks like our delimiters, so the text can't close
    /// its own block and pose as rules.</summary>
    public static string Of(SensitiveDataMasker masker, string text) =>
        masker.Mask(text.Trim()).Replace("<<<", "«", StringComparison.Ordinal).Replace(">>>", "»", StringComparison.Ordinal);
}
