using System.Reflection;
using Assistant.Knowledge.Analysis;

namespace Assistant.Knowledge.Tests.Analysis;

public sealed class GlossaryTests
{
    private static readonly Glossary Default = Glossary.LoadDefault();

    public static TheoryData<string> FileNames() => new(Glossary.DefaultFileNames);

    private static string[] RawLines(string fileName)
    {
        using var reader = Glossary.OpenDefaultFile(fileName);
        return reader.ReadToEnd().Split('\n');
    }

    [Fact]
    public void Default_glossary_has_at_least_150_synonym_entries_and_200_statute_terms()
    {
        Assert.True(Default.Synonyms.Count >= 150, $"only {Default.Synonyms.Count} synonym entries");
        Assert.True(Default.StatuteTerms.Count >= 200, $"only {Default.StatuteTerms.Count} statute terms");
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void No_colloquial_word_is_listed_twice_in_a_file(string fileName)
    {
        var keys = RawLines(fileName)
            .Where(l => !l.StartsWith('#') && l.Contains('\t'))
            .Select(l => l.Split('\t')[0].Trim())
            .ToList();
        Assert.Empty(keys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void No_statute_term_is_listed_twice_in_a_file(string fileName)
    {
        var terms = RawLines(fileName)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.Contains('\t'))
            .ToList();
        Assert.Empty(terms.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Every_synonym_target_is_a_listed_statute_term()
    {
        var statuteTerms = Default.StatuteTerms.ToHashSet();
        var missing = Default.Synonyms
            .SelectMany(entry => entry.Value.Select(target => $"{entry.Key} -> {target}"))
            .Where(pair => !statuteTerms.Contains(pair[(pair.IndexOf("-> ", StringComparison.Ordinal) + 3)..]))
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_word_tokenizes_as_itself()
    {
        using var analyzer = new GlossaryAnalyzer(Default);
        foreach (var word in Default.Words)
        {
            var first = AnalysisAssert.Analyze(analyzer, word).Tokens[0];
            Assert.Equal((word, 0, word.Length), (first.Term, first.Start, first.End));
        }
    }

    [Theory]
    [InlineData("开除", "解除劳动合同")]
    [InlineData("被裁", "解除劳动合同")]
    [InlineData("裁员", "经济性裁员")]
    [InlineData("代通知金", "额外支付劳动者一个月工资")]
    [InlineData("n+1", "经济补偿")]
    [InlineData("年假", "年休假")]
    [InlineData("病假", "医疗期")]
    [InlineData("婚假", "婚丧假")]
    [InlineData("周末加班", "休息日")]
    [InlineData("节假日", "法定休假日")]
    [InlineData("欠薪", "拖欠劳动报酬")]
    [InlineData("扣工资", "克扣工资")]
    [InlineData("没签合同", "未订立书面劳动合同")]
    [InlineData("双倍工资", "二倍的工资")]
    [InlineData("综合工时", "综合计算工时工作制")]
    [InlineData("伤残鉴定", "劳动能力鉴定")]
    [InlineData("三期", "哺乳期")]
    [InlineData("职代会", "职工代表大会")]
    [InlineData("失业金", "失业保险金")]
    [InlineData("医保", "基本医疗保险")]
    [InlineData("劳动仲裁", "劳动争议仲裁")]
    [InlineData("举报", "劳动保障监察")]
    [InlineData("老板", "用人单位")]
    [InlineData("打工的", "劳动者")]
    [InlineData("偷", "盗窃")]
    [InlineData("坐牢", "有期徒刑")]
    [InlineData("房东", "出租人")]
    [InlineData("老公欠债", "夫妻共同债务")]
    [InlineData("被狗咬", "动物饲养人或者管理人")]
    [InlineData("老赖", "失信被执行人")]
    public void Maps_colloquial_words_to_statute_terms(string colloquial, string statuteTerm) =>
        Assert.Contains(statuteTerm, Default.StatuteTermsFor(colloquial));

    [Fact]
    public void Unknown_word_maps_to_nothing() =>
        Assert.Empty(Default.StatuteTermsFor("天气"));

    [Fact]
    public void Parse_folds_width_and_case_and_ignores_comments_and_blank_lines()
    {
        var glossary = Glossary.Parse(new StringReader("# comment\n\nＮ＋１\t经济补偿|额外支付一个月工资\n经济补偿\r\n额外支付一个月工资\n"));
        Assert.Equal(["经济补偿", "额外支付一个月工资"], glossary.StatuteTermsFor("n+1"));
        Assert.Equal(["经济补偿", "额外支付一个月工资"], glossary.StatuteTerms);
        Assert.Equal(["n+1", "经济补偿", "额外支付一个月工资"], glossary.Words);
    }

    [Fact]
    public void Parse_drops_a_target_equal_to_its_colloquial_word()
    {
        var glossary = Glossary.Parse(new StringReader("产假\t产假|生育\n"));
        Assert.Equal(["生育"], glossary.StatuteTermsFor("产假"));
    }

    [Theory]
    [InlineData("劳动合同\n开除\t解除劳动合同\t多余\n", 2)]
    [InlineData("# header\n\n开除\t解除劳动合同||经济补偿\n", 3)]
    [InlineData("开除\t解除劳动合同\n辞退\t解除劳动合同\n开除\t经济补偿\n", 3)]
    [InlineData("开除\t\n", 1)]
    [InlineData("\t解除劳动合同\n", 1)]
    [InlineData("劳动合同\n劳动 合同\n", 2)]
    [InlineData("产假\t产假\n", 1)]
    public void Malformed_line_is_reported_by_number(string text, int lineNumber)
    {
        var exception = Assert.Throws<GlossaryFormatException>(() => Glossary.Parse(new StringReader(text)));
        Assert.Equal(lineNumber, exception.LineNumber);
        Assert.Contains($"line {lineNumber}", exception.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<FormatException>(exception);
    }

    [Fact]
    public void A_colloquial_word_defined_in_two_files_is_reported_with_both_files()
    {
        var exception = Assert.Throws<GlossaryFormatException>(() => Glossary.Parse(
        [
            ("labor.tsv", new StringReader("开除\t解除劳动合同\n")),
            ("everyday.tsv", new StringReader("# header\n偷\t盗窃\n开除\t开除学籍\n")),
        ]));
        Assert.Equal(3, exception.LineNumber);
        Assert.Equal("everyday.tsv", exception.FileName);
        Assert.Contains("everyday.tsv line 3", exception.Message, StringComparison.Ordinal);
        Assert.Contains("already in labor.tsv", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_are_merged_and_the_fingerprint_follows_the_content_not_the_split()
    {
        var merged = Glossary.Parse(
        [
            ("labor.tsv", new StringReader("开除\t解除劳动合同\n解除劳动合同\n")),
            ("everyday.tsv", new StringReader("偷\t盗窃\n盗窃\n")),
        ]);
        var single = Glossary.Parse(new StringReader("偷\t盗窃\n开除\t解除劳动合同\n盗窃\n解除劳动合同\n"));
        var changed = Glossary.Parse(new StringReader("偷\t盗窃|诈骗\n开除\t解除劳动合同\n盗窃\n解除劳动合同\n"));

        Assert.Equal(["解除劳动合同"], merged.StatuteTermsFor("开除"));
        Assert.Equal(["盗窃"], merged.StatuteTermsFor("偷"));
        Assert.Equal(single.Fingerprint, merged.Fingerprint);
        Assert.NotEqual(single.Fingerprint, changed.Fingerprint);
    }

    [Fact]
    public void Every_embedded_glossary_file_is_loaded_by_default()
    {
        Assert.Contains("labor-glossary.tsv", Glossary.DefaultFileNames);
        foreach (var name in Glossary.DefaultFileNames)
        {
            using var reader = Glossary.OpenDefaultFile(name);
            var file = Glossary.Parse(reader);
            Assert.All(file.Synonyms, entry => Assert.Equal(entry.Value, Default.StatuteTermsFor(entry.Key)));
        }
    }

    [Fact]
    public void Glossary_resource_is_embedded_under_its_documented_name() =>
        Assert.Contains(
            "Assistant.Knowledge.Analysis.Glossary.labor-glossary.tsv",
            typeof(Glossary).Assembly.GetManifestResourceNames());
}
