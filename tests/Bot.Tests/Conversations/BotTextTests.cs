using System.Globalization;
using System.Resources;
using Assistant.Bot.Resources;

namespace Assistant.Bot.Tests.Conversations;

public sealed class BotTextTests
{
    [Fact]
    public void Every_text_has_a_chinese_version_and_word_lists_are_shared()
    {
        var manager = new ResourceManager("Assistant.Bot.Resources.BotText", typeof(BotText).Assembly);
        var neutral = manager.GetResourceSet(CultureInfo.InvariantCulture, true, false)!;
        var chinese = manager.GetResourceSet(CultureInfo.GetCultureInfo("zh-Hans"), true, false)!;
        var chineseNames = chinese.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();

        foreach (System.Collections.DictionaryEntry entry in neutral)
        {
            var name = (string)entry.Key;
            var shared = name.EndsWith("Words", StringComparison.Ordinal) || name.EndsWith("Phrases", StringComparison.Ordinal) || name.StartsWith("ArticleName.", StringComparison.Ordinal)
                || name.StartsWith("SectionName.", StringComparison.Ordinal);
            Assert.True(shared || chineseNames.Contains(name), $"{name} has no Chinese text");
        }
        Assert.Equal("以上为一般性法律信息，不构成法律意见；如需帮助，可联系工会。", new BotText().Get("Notice", "zh"));
    }
}
