using Assistant.Knowledge.Analysis;

namespace Assistant.Knowledge.Tests.Analysis;

public sealed class GlossaryTokenizerTests
{
    private static readonly Glossary Default = Glossary.LoadDefault();

    private static AnalysisAssert.Result Tokenize(string text) =>
        Tokenize(new StringReader(text));

    private static AnalysisAssert.Result Tokenize(TextReader reader) =>
        AnalysisAssert.Consume(new GlossaryTokenizer(Default, reader));

    [Fact]
    public void Emits_only_dictionary_words_with_offsets_into_the_original_text()
    {
        var result = Tokenize("被开除了有没有赔偿");
        Assert.Equal([new("开除", 1, 3, 1), new("赔偿", 7, 9, 1)], result.Tokens);
        Assert.Equal(9, result.FinalOffset);
    }

    [Fact]
    public void Longest_word_wins()
    {
        Assert.Equal(["用人单位", "加班费"], Tokenize("用人单位不给加班费").Terms);
        Assert.Equal(["解除劳动合同", "经济补偿"], Tokenize("解除劳动合同的经济补偿").Terms);
    }

    [Fact]
    public void Full_width_and_upper_case_input_is_folded_but_offsets_stay_original()
    {
        var result = Tokenize("赔偿Ｎ＋１怎么算");
        Assert.Equal([new("赔偿", 0, 2, 1), new("n+1", 2, 5, 1)], result.Tokens);
        Assert.Equal(["n+1"], Tokenize("N+1").Terms);
    }

    [Fact]
    public void Latin_and_digit_words_match_only_as_whole_words()
    {
        Assert.Empty(Tokenize("1996年").Terms);
        Assert.Empty(Tokenize("9967").Terms);
        Assert.Equal(["996", "工作时间"], Tokenize("996的工作时间").Terms);
    }

    [Fact]
    public void Empty_input_has_no_tokens_and_final_offset_zero()
    {
        var result = Tokenize("");
        Assert.Empty(result.Tokens);
        Assert.Equal(0, result.FinalOffset);
    }

    [Fact]
    public void Text_without_dictionary_words_reports_its_length_as_final_offset()
    {
        var result = Tokenize("今天天气很好");
        Assert.Empty(result.Tokens);
        Assert.Equal(6, result.FinalOffset);
    }

    [Fact]
    public void Hundred_thousand_characters_tokenize_with_correct_final_offset()
    {
        const string sentence = "公司拖欠工资三个月，可以申请劳动仲裁吗？";
        var text = new System.Text.StringBuilder();
        while (text.Length + sentence.Length <= 100_000)
        {
            text.Append(sentence);
        }

        text.Append('啊', 100_000 - text.Length);
        var repeats = 100_000 / sentence.Length;

        var result = Tokenize(text.ToString());

        Assert.Equal(100_000, result.FinalOffset);
        Assert.Equal(3 * repeats, result.Tokens.Count);
        var last = result.Tokens[^1];
        Assert.Equal("劳动仲裁", last.Term);
        Assert.Equal(((repeats - 1) * sentence.Length) + sentence.IndexOf("劳动仲裁", StringComparison.Ordinal), last.Start);
    }

    [Theory]
    [InlineData(4090)]
    [InlineData(4093)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(8190)]
    public void Words_straddling_read_chunks_are_found(int prefix)
    {
        var text = new string('啊', prefix) + "解除劳动合同" + new string('啊', 5000);
        var result = Tokenize(text);
        Assert.Equal([new("解除劳动合同", prefix, prefix + 6, 1)], result.Tokens);
        Assert.Equal(text.Length, result.FinalOffset);
    }

    [Fact]
    public void A_reader_that_returns_one_character_at_a_time_gives_the_same_tokens()
    {
        const string text = "公司不给加班费，还拖欠工资，我想辞职";
        var expected = Tokenize(text).Tokens;
        Assert.Equal(expected, Tokenize(new TrickleReader(text)).Tokens);
        Assert.Equal(["公司", "加班费", "拖欠工资", "辞职"], expected.Select(t => t.Term));
    }

    [Fact]
    public void Tokenizer_is_reusable_after_dispose_and_set_reader()
    {
        // Lucene reuses a tokenizer by disposing it (closing the reader) and then setting a new reader.
        var tokenizer = new GlossaryTokenizer(Default, new StringReader("年假有几天"));
        var first = AnalysisAssert.Consume(tokenizer);
        tokenizer.SetReader(new StringReader("五险一金"));
        var second = AnalysisAssert.Consume(tokenizer);

        Assert.Equal(["年假"], first.Terms);
        Assert.Equal(5, first.FinalOffset);
        Assert.Equal([new("五险一金", 0, 4, 1)], second.Tokens);
        Assert.Equal(4, second.FinalOffset);
    }

    /// <summary>A reader that hands out one character per Read, the worst case for buffering.</summary>
    private sealed class TrickleReader(string text) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count)
        {
            if (_position >= text.Length || count == 0)
            {
                return 0;
            }

            buffer[index] = text[_position++];
            return 1;
        }

        public override int Read() => _position < text.Length ? text[_position++] : -1;

        public override int Peek() => _position < text.Length ? text[_position] : -1;
    }
}
