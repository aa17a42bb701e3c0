using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Sources;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Knowledge.Tests.Sources;

/// <summary>What a root's MANIFEST.tsv says of a text, and the same text loaded from two roots.</summary>
public sealed class ManifestAndCopiesTests : IDisposable
{
    private const string Law = "# 中华人民共和国测试法\n\n2001年1月1日 通过\n\n<!-- INFO END -->\n\n第一条 为了测试，制定本法。\n\n第二条 本法自公布之日起施行。\n";
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void The_manifest_gives_the_version_its_dates_kind_and_english_name()
    {
        var root = temp.Root("laws");
        Fixture.Write(root, "测试法.md", Law);
        Fixture.Write(root, "MANIFEST.tsv",
            "path\tstatus\tkind\tversion_date\teffective\tversion\tenglish_title\n" +
            "测试法.md\tcurrent\tadministrative-regulation\t2012-12-28\t2013-07-01\t2012年修正\tTest Law\n");

        var law = Assert.Single(new DocumentLoader().Load([root], null, CancellationToken.None).Documents);

        Assert.Equal(DocumentKind.AdministrativeRegulation, law.Kind);
        Assert.Equal(new DateOnly(2012, 12, 28), law.VersionDate);
        Assert.Equal(new DateOnly(2013, 7, 1), law.EffectiveDate);
        Assert.Equal(new DocumentVersion(2012, AmendmentKind.Amended), law.Version);
        Assert.Equal("Test Law", law.EnglishTitle);
    }

    [Fact]
    public void A_manifest_without_a_column_leaves_that_fact_as_the_text_says()
    {
        var root = temp.Root("laws");
        Fixture.Write(root, "测试法.md", Law);
        Fixture.Write(root, "MANIFEST.tsv", "path\tversion\n测试法.md\t2020年修订\n");

        var law = Assert.Single(new DocumentLoader().Load([root], null, CancellationToken.None).Documents);

        Assert.Equal(new DocumentVersion(2020, AmendmentKind.Revised), law.Version);
        Assert.Equal(new DateOnly(2001, 1, 1), law.EffectiveDate);
        Assert.Equal(DocumentStatus.Current, law.Status);
        Assert.Null(law.EnglishTitle);
    }

    [Fact]
    public void The_same_text_from_two_roots_is_indexed_once_keeping_the_copy_that_knows_its_version()
    {
        var corpus = temp.Root("corpus");
        var bundled = temp.Root("bundled");
        Fixture.Write(corpus, "社会法/测试法(2012-12-28).md", Law);
        Fixture.Write(bundled, "测试法.md", Law.Replace("第一条 为了测试，", "第一条  为了测试，", StringComparison.Ordinal));
        Fixture.Write(bundled, "MANIFEST.tsv", "path\teffective\tenglish_title\n测试法.md\t2013-07-01\tTest Law\n");

        var result = new DocumentLoader().Load([corpus, bundled], null, CancellationToken.None);

        var law = Assert.Single(result.Documents);
        Assert.Equal("Test Law", law.EnglishTitle);
        var dropped = Assert.Single(result.Failures);
        Assert.Contains("the same text as", dropped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Copies_within_one_root_and_different_texts_from_two_roots_are_all_kept()
    {
        var corpus = temp.Root("corpus");
        var other = temp.Root("other");
        Fixture.Write(corpus, "a/测试法.md", Law);
        Fixture.Write(corpus, "b/测试法.md", Law);
        Fixture.Write(other, "测试法.md", Law.Replace("为了测试", "为了另一种测试", StringComparison.Ordinal));

        var result = new DocumentLoader().Load([corpus, other], null, CancellationToken.None);

        Assert.Equal(3, result.Documents.Count);
        Assert.Empty(result.Failures);
    }
}
