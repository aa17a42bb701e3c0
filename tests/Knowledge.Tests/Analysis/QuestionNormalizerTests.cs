using Assistant.Knowledge.Analysis;
using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Tests.Analysis;

public sealed class QuestionNormalizerTests
{
    private static readonly QuestionNormalizer Normalizer = new(Glossary.LoadDefault());

    [Fact]
    public void Removes_question_fillers_and_keeps_glossary_words()
    {
        var result = Normalizer.Normalize("请问公司不给加班费怎么办吗？");
        Assert.Equal("公司不给加班费", result.Text);
        Assert.Equal(DocumentLanguage.Chinese, result.Language);
        Assert.Equal(["公司", "加班费"], result.GlossaryWords);
        Assert.Equal(["用人单位", "延长工作时间的工资报酬", "延长工作时间工资报酬"], result.Expansions);
    }

    [Fact]
    public void Fillers_become_spaces_so_no_bigram_spans_them()
    {
        var result = Normalizer.Normalize("被开除了有没有赔偿");
        Assert.Equal("被开除 赔偿", result.Text);
        Assert.Equal(["开除", "赔偿"], result.GlossaryWords);
        Assert.Equal(["解除劳动合同", "经济补偿", "赔偿金"], result.Expansions);
    }

    [Fact]
    public void A_filler_inside_a_glossary_word_is_kept()
    {
        // 的 is a filler, but 打工的 and 二倍的工资 are glossary words.
        var result = Normalizer.Normalize("我是打工的，能不能要二倍的工资？");
        Assert.Equal("是打工的 要二倍的工资", result.Text);
        Assert.Equal(["打工的", "二倍的工资"], result.GlossaryWords);
        Assert.Equal(["劳动者"], result.Expansions);
    }

    [Fact]
    public void Expansions_skip_terms_already_in_the_question()
    {
        var result = Normalizer.Normalize("开除要不要支付经济补偿和赔偿");
        Assert.Equal(["开除", "经济补偿", "赔偿"], result.GlossaryWords);
        Assert.Equal(["解除劳动合同", "赔偿金"], result.Expansions);
    }

    [Fact]
    public void Folds_width_and_case()
    {
        var result = Normalizer.Normalize("裁员给Ｎ＋１吗");
        Assert.Equal("裁员给n+1", result.Text);
        Assert.Equal(["裁员", "n+1"], result.GlossaryWords);
    }

    [Fact]
    public void English_question_is_detected_and_punctuation_removed()
    {
        var result = Normalizer.Normalize("Is N+1 severance legal?");
        Assert.Equal(DocumentLanguage.English, result.Language);
        Assert.Equal("is n+1 severance legal", result.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("？？？")]
    [InlineData("+ ? ( \" :")]
    [InlineData("title:\"劳动合同\" AND (加班费 OR 年假)^2 ~ * \\")]
    [InlineData("😡😡被开除😭了👍🏽")]
    [InlineData("\uD83D")]
    [InlineData("\uDC00工资\uD800")]
    [InlineData("\0\u0001\u200B\uFEFF\u3000")]
    [InlineData("吗呢吧啊")]
    public void Nasty_input_never_throws(string question)
    {
        var result = Normalizer.Normalize(question);
        Assert.NotNull(result.Text);
        Assert.Equal(result.Text.Trim(), result.Text);
        Assert.DoesNotContain("  ", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_fillers_and_punctuation_give_empty_text() =>
        Assert.Equal("", Normalizer.Normalize("请问？怎么办！吗").Text);

    [Fact]
    public void Emoji_and_lone_surrogates_become_spaces()
    {
        Assert.Equal("被开除", Normalizer.Normalize("😡😡被开除😭了👍🏽").Text);
        Assert.Equal("工资", Normalizer.Normalize("\uDC00工资\uD800").Text);
    }

    [Fact]
    public void Ten_thousand_random_characters_never_throw()
    {
        var random = new Random(20240601);
        for (var round = 0; round < 20; round++)
        {
            var chars = new char[10_000];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)random.Next(0, 0x10000);
            }

            var result = Normalizer.Normalize(new string(chars));
            Assert.True(result.Text.Length <= chars.Length);
        }
    }

    [Fact]
    public void Long_realistic_question_is_normalized_fully()
    {
        var question = string.Concat(Enumerable.Repeat("请问老板拖欠工资怎么办？", 1_000));
        var result = Normalizer.Normalize(question);
        Assert.Equal(["老板", "拖欠工资"], result.GlossaryWords);
        Assert.Equal(string.Join(' ', Enumerable.Repeat("老板拖欠工资", 1_000)), result.Text);
    }
}
