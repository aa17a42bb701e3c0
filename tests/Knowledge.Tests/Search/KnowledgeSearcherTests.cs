using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Search;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Knowledge.Tests.Search;

public sealed class KnowledgeSearcherTests : IDisposable
{
    private readonly TestIndex _index = new(Laws.All());

    [Fact]
    public void A_statute_worded_question_finds_the_article_with_title_number_chapter_and_highlights()
    {
        var result = _index.Search("经济补偿按工作年限怎么计算");

        var hit = result.Hits[0];
        Assert.Equal("劳动合同法#第四十七条", hit.ArticleKey);
        Assert.Equal("中华人民共和国劳动合同法", hit.DocumentTitle);
        Assert.Equal("第四十七条", hit.Label);
        Assert.Equal(47, hit.ArticleNumber);
        Assert.Equal("第一章 总则", hit.Chapter);
        Assert.Contains(hit.HighlightedTerms, t => t.Contains("经济补偿", StringComparison.Ordinal));
        Assert.Equal(DocumentLanguage.Chinese, result.QuestionLanguage);
        Assert.NotEqual(SupportLevel.None, result.Support.Level);
    }

    [Fact]
    public void An_english_question_is_detected_and_answered_from_english_documents()
    {
        var result = _index.Search("How many days of paid annual leave do employees get?");

        Assert.Equal(DocumentLanguage.English, result.QuestionLanguage);
        Assert.Equal("Workers' Rights Guide#Paid annual leave", result.Hits[0].ArticleKey);
        Assert.Contains("leav", result.Hits[0].HighlightedTerms);
    }

    [Theory]
    [InlineData("I got sacked last week, is there a payout?", "Workers' Rights Guide#Severance pay when you are dismissed", "dismiss")]
    [InlineData("How many vacation days do I get?", "Workers' Rights Guide#Paid annual leave", "annual")]
    public void Everyday_english_words_find_the_wording_of_the_answer(string question, string key, string statuteTerm)
    {
        // Neither "sacked" nor "payout" nor "vacation" occurs in the guide: only the English glossary joins them.
        var result = _index.Search(question);

        Assert.Equal(key, result.Hits[0].ArticleKey);
        Assert.Contains(statuteTerm, result.Hits[0].HighlightedTerms);
        Assert.NotEqual(SupportLevel.None, result.Support.Level);
    }

    [Fact]
    public void A_model_written_expansion_ranks_the_articles_that_use_its_words_first()
    {
        const string question = "干了三年半被公司辞退了，能拿多少钱";
        var plain = _index.Search(question);
        Assert.NotEqual("劳动合同法#第四十七条", plain.Hits[0].ArticleKey);

        var expanded = _index.Searcher.Search(new SearchRequest(question, 10, Expansion: "经济补偿；工作年限；每满一年支付一个月工资"));

        Assert.Equal("劳动合同法#第四十七条", expanded.Hits[0].ArticleKey);
    }

    [Fact]
    public void An_expansion_never_makes_an_article_look_like_an_answer_to_words_the_question_lacks()
    {
        var result = _index.Searcher.Search(new SearchRequest("请问一下", 10, Expansion: "经济补偿 工作年限"));

        Assert.Equal("劳动合同法#第四十七条", result.Hits[0].ArticleKey);
        Assert.Equal(SupportLevel.None, result.Support.Level);
        Assert.DoesNotContain(result.Hits[0].HighlightedTerms, t => t.Contains("经济补偿", StringComparison.Ordinal));
    }

    [Fact]
    public void An_expansion_that_leads_away_from_what_the_question_says_never_costs_the_question_its_verdict()
    {
        const string question = "经济补偿按工作年限怎么计算";
        var plain = _index.Search(question);
        Assert.Equal("劳动合同法#第四十七条", plain.Hits[0].ArticleKey);
        Assert.NotEqual(SupportLevel.None, plain.Support.Level);

        var misled = _index.Searcher.Search(new SearchRequest(question, 10, Expansion: "重大事故；有期徒刑；拘役；安全管理；交通运输管理法规；刑法"));

        // The verdict stands with the three articles it was judged on; the expansion's articles follow them.
        Assert.Equal(plain.Support.Level, misled.Support.Level);
        Assert.Equal(plain.Hits.Take(3).Select(h => h.ArticleKey), misled.Hits.Take(3).Select(h => h.ArticleKey));
        Assert.Equal("刑法", misled.Hits[3].ShortTitle);
        Assert.Equal(misled.Hits.Count, misled.Hits.Select(h => h.ArticleKey).Distinct().Count());
    }

    [Fact]
    public void A_question_citing_an_article_ignores_the_expansion()
    {
        var result = _index.Searcher.Search(new SearchRequest("劳动合同法第47条", 3, Expansion: "有期徒刑；重大事故；刑法"));

        Assert.Equal("劳动合同法#第四十七条", result.Hits[0].ArticleKey);
        Assert.DoesNotContain(result.Hits, h => h.ShortTitle == "刑法");
    }

    [Fact]
    public void A_cited_article_is_found_without_searching_as_the_search_would_report_it()
    {
        Assert.Equal(_index.Search("劳动合同法第47条").Reference, _index.Searcher.FindReference("劳动合同法第47条"));
        Assert.Equal(47, _index.Searcher.FindReference("劳动合同法第四十七条是什么意思")?.Number);
        Assert.Null(_index.Searcher.FindReference("经济补偿怎么计算"));
    }

    [Theory]
    [InlineData("经济补偿")]
    [InlineData("")]
    [InlineData("+ ? ( \" : 😀 \uD800")]
    public void An_expansion_of_any_text_never_makes_search_throw(string expansion)
    {
        var result = _index.Searcher.Search(new SearchRequest("试用期多长", 10, Expansion: expansion + new string('法', 10_000)));

        Assert.NotEmpty(result.Hits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("+ ? ( \" :")]
    [InlineData("加班费 AND OR NOT \"((( [] {} ~ ^ * \\ /")]
    [InlineData("😀🙏 \uD800 \u0000 ‮")]
    [InlineData("第条 第0条 第一千万条 劳动合同法第条 article -1 of labor contract law")]
    public void No_user_text_makes_search_throw(string question)
    {
        var result = _index.Search(question);

        Assert.NotNull(result);
        Assert.True(result.Hits.Count <= 10);
    }

    [Fact]
    public void Ten_thousand_characters_of_input_are_searched_without_error()
    {
        var question = string.Concat(Enumerable.Repeat("公司拖欠工资不给加班费怎么办？+(\":", 700))[..10_000];

        var result = _index.Search(question);

        Assert.NotEmpty(result.Hits);
    }

    [Fact]
    public void Filters_restrict_by_kind_language_and_document()
    {
        var kinds = _index.Search("年休假", filters: new SearchFilters(Kinds: [DocumentKind.AdministrativeRegulation]));
        Assert.All(kinds.Hits, h => Assert.Equal(DocumentKind.AdministrativeRegulation, h.Kind));
        Assert.NotEmpty(kinds.Hits);

        var english = _index.Search("annual leave", filters: new SearchFilters(Language: DocumentLanguage.English));
        Assert.All(english.Hits, h => Assert.Equal(DocumentLanguage.English, h.Language));

        var document = _index.Search("劳动合同", filters: new SearchFilters(ShortTitle: "劳动法"));
        Assert.All(document.Hits, h => Assert.Equal("劳动法", h.ShortTitle));
    }

    [Fact]
    public void The_current_version_outranks_a_superseded_copy_and_each_key_appears_once()
    {
        using var index = new TestIndex([
            Laws.LaborContractLaw(DocumentStatus.Amended, "laws/劳动合同法(2007-06-29).md", new DateOnly(2007, 6, 29)),
            Laws.LaborContractLaw(DocumentStatus.Current, "laws/劳动合同法(2012-12-28).md"),
        ]);

        var result = index.Search("经济补偿 工作年限 每满一年 一个月工资");

        Assert.Equal(DocumentStatus.Current, result.Hits[0].Status);
        Assert.Equal(result.Hits.Count, result.Hits.Select(h => h.ArticleKey).Distinct().Count());
        var current = index.Search("经济补偿", filters: new SearchFilters(CurrentOnly: true));
        Assert.All(current.Hits, h => Assert.Equal(DocumentStatus.Current, h.Status));
    }

    [Fact]
    public void A_newly_published_generation_is_picked_up_after_the_refresh_interval_without_reopening()
    {
        Assert.DoesNotContain(_index.Search("测试专用新条文").Hits, h => h.ArticleKey.StartsWith("新规定", StringComparison.Ordinal));
        var before = _index.Searcher.Generation;
        var newLaw = new LegalDocument("laws/新规定.md", "新规定", "新规定", DocumentKind.DepartmentalRule, null, Jurisdiction.National, null, null,
            DocumentStatus.Current, DocumentLanguage.Chinese, "laws/新规定.md", [],
            [new Article("新规定#第一条", "第一条", 1, 0, [], ["测试专用新条文的内容。"], ArticleUnit.Article)]);
        var published = _index.Publish([.. Laws.All(), newLaw]).Generation;

        Assert.Equal(before, _index.Search("测试专用新条文").Generation);
        _index.Time.Advance(TimeSpan.FromSeconds(2));
        var after = _index.Search("测试专用新条文");

        Assert.Equal(published, after.Generation);
        Assert.Equal("新规定#第一条", after.Hits[0].ArticleKey);
    }

    [Fact]
    public async Task Searches_from_many_threads_keep_working_while_generations_are_swapped()
    {
        var errors = 0;
        using var stop = new CancellationTokenSource();
        var searchers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            var done = 0;
            while (!stop.IsCancellationRequested || done < 50)
            {
                try
                {
                    var result = _index.Search("经济补偿");
                    if (result.Hits.Count == 0)
                        Interlocked.Increment(ref errors);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref errors);
                }
                done++;
            }
        })).ToList();
        for (var i = 0; i < 3; i++)
        {
            _index.Publish(Laws.All());
            _index.Searcher.Refresh();
        }
        stop.Cancel();
        await Task.WhenAll(searchers);

        Assert.Equal(0, errors);
    }

    [Fact]
    public void Without_a_published_index_search_answers_no_index_instead_of_failing()
    {
        using var empty = new TestIndex();

        var result = empty.Search("加班费");

        Assert.Empty(result.Hits);
        Assert.Equal("no-index", result.Support.Reason);
        Assert.Null(empty.Searcher.Generation);
    }

    public void Dispose() => _index.Dispose();
}
