using Assistant.Knowledge.Analysis;
using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Indexing;
using Assistant.Knowledge.Sources;
using Assistant.Knowledge.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Knowledge.Tests.Bundled;

/// <summary>The bundled guides bridge workers' words to the bundled law: every section names the law it rests on,
/// and every key it names is an article the default index holds.</summary>
public sealed class GuideCitationTests
{
    private static readonly string[] Bundled = [Path.Combine(AppContext.BaseDirectory, "laws"), Path.Combine(AppContext.BaseDirectory, "samples")];
    private static readonly LoadResult Loaded = new DocumentLoader().Load(Bundled, null, CancellationToken.None);

    [Theory]
    [InlineData("职工劳动权益问答指南", 120, "问法：")]
    [InlineData("Workers' Rights Guide", 80, "Also asked:")]
    public void Each_guide_answers_many_questions_each_asked_several_ways_and_resting_on_law(string title, int sections, string phrasings)
    {
        var guide = Assert.Single(Loaded.Documents, d => d.Title == title);

        Assert.Equal(DocumentKind.Guide, guide.Kind);
        Assert.True(guide.Articles.Count >= sections, $"{title} has {guide.Articles.Count} sections");
        Assert.All(guide.Articles, section =>
        {
            Assert.NotEmpty(section.Cites);
            Assert.Contains(section.Paragraphs, p => p.StartsWith(phrasings, StringComparison.Ordinal));
            Assert.DoesNotContain(section.Paragraphs, p => p.StartsWith("依据：", StringComparison.Ordinal) || p.StartsWith("Based on:", StringComparison.Ordinal));
        });
        // One section per question: a repeated heading would be keyed twice.
        Assert.Equal(guide.Articles.Count, guide.Articles.Select(a => a.Label).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_key_a_bundled_guide_cites_is_an_article_of_the_bundled_knowledge()
    {
        var keys = Loaded.Documents.SelectMany(d => d.Articles).Select(a => a.Key).ToHashSet(StringComparer.Ordinal);

        var unresolved = Loaded.Documents
            .Where(d => d.Kind == DocumentKind.Guide)
            .SelectMany(d => d.Articles.SelectMany(a => a.Cites.Where(k => !keys.Contains(k)).Select(k => $"{a.Key} → {k}")))
            .ToList();

        Assert.Empty(unresolved);
    }

    [Fact]
    public void Building_the_bundled_knowledge_strictly_succeeds_and_reports_nothing_unresolved()
    {
        using var folder = new TempFolder();
        using var analyzers = new AnalyzerSet(Glossary.LoadDefault());
        var indexer = new SourceIndexer(new DocumentLoader(), new IndexBuilder(analyzers, new FakeTimeProvider()));

        var result = indexer.Build(Bundled, new IndexLocation(folder.Combine("index")), null, null, CancellationToken.None, requireResolvedCitations: true);

        Assert.Empty(result.UnresolvedCitations);
        Assert.Empty(result.Failures);
    }
}
