using Assistant.Knowledge.Documents;
using Assistant.Knowledge.Indexing;
using Assistant.Knowledge.Tests.Support;

namespace Assistant.Knowledge.Tests.Indexing;

public sealed class IndexPublishingTests : IDisposable
{
    private readonly TestIndex _index = new(Laws.All());

    [Fact]
    public void A_build_publishes_a_generation_that_verifies_and_counts_every_article()
    {
        var generation = _index.Location.ReadCurrentGeneration();
        Assert.NotNull(generation);
        var report = new IndexVerifier().Verify(_index.Location, CancellationToken.None);
        Assert.True(report.IsHealthy, string.Join("; ", report.Problems));
        Assert.Equal(Laws.All().Sum(d => d.Articles.Count), report.Articles);
        var manifest = _index.Location.ReadManifest(generation!);
        Assert.NotNull(manifest);
        Assert.Equal(5, manifest!.Documents);
        Assert.Equal(2, manifest.Languages["en"]);
    }

    [Fact]
    public void A_second_build_switches_the_pointer_and_keeps_only_one_previous_generation()
    {
        var first = _index.Location.ReadCurrentGeneration();
        var second = _index.Publish([Laws.LaborLaw()]).Generation;
        var third = _index.Publish([Laws.CriminalLaw()]).Generation;

        Assert.Equal(third, _index.Location.ReadCurrentGeneration());
        Assert.Equal([second, third], _index.Location.ListGenerations());
        Assert.DoesNotContain(first, _index.Location.ListGenerations());
    }

    [Fact]
    public void A_build_that_fails_midway_leaves_the_previous_index_live_and_no_staging_behind()
    {
        var before = _index.Location.ReadCurrentGeneration();

        var error = Assert.Throws<IndexBuildException>(() => _index.Builder.Build(
            FailingAfterFirst(), _index.Location, ["test"], 0, null, CancellationToken.None));

        Assert.Contains(_index.Location.Root, error.Message);
        Assert.Equal(before, _index.Location.ReadCurrentGeneration());
        Assert.Empty(Directory.GetDirectories(_index.Location.StagingFolder));
        Assert.Equal("劳动合同法#第四十七条", _index.Search("劳动合同法第四十七条").Hits[0].ArticleKey);
    }

    [Fact]
    public void A_cancelled_build_changes_nothing()
    {
        var before = _index.Location.ReadCurrentGeneration();
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => _index.Builder.Build(
            Laws.All(), _index.Location, ["test"], 0, null, cancellation.Token));

        Assert.Equal(before, _index.Location.ReadCurrentGeneration());
        Assert.Single(_index.Location.ListGenerations());
    }

    [Fact]
    public void Leftovers_of_a_killed_build_are_reported_by_verify_and_cleared_by_the_next_build()
    {
        var leftover = Path.Combine(_index.Location.StagingFolder, "g-killed");
        Directory.CreateDirectory(leftover);
        File.WriteAllText(Path.Combine(leftover, "_0.fdt"), "half written");

        var report = new IndexVerifier().Verify(_index.Location, CancellationToken.None);
        Assert.True(report.IsHealthy);
        Assert.Contains(report.Warnings, w => w.Contains("interrupted build", StringComparison.Ordinal));

        _index.Publish(Laws.All());
        Assert.False(Directory.Exists(leftover));
    }

    [Fact]
    public void A_second_build_while_one_holds_the_lock_is_refused()
    {
        using var held = new FileStream(Path.Combine(_index.Location.Root, "build.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var error = Assert.Throws<IndexBuildException>(() => _index.Publish(Laws.All()));
        Assert.Contains("Another build", error.Message);
    }

    [Fact]
    public void Verify_names_a_pointer_to_a_missing_generation()
    {
        File.WriteAllText(_index.Location.PointerPath, "g-does-not-exist");

        var report = new IndexVerifier().Verify(_index.Location, CancellationToken.None);

        Assert.False(report.IsHealthy);
        Assert.Contains("g-does-not-exist", report.Problems.Single());
    }

    [Fact]
    public void Verify_reports_a_missing_manifest_and_a_damaged_segment()
    {
        var folder = _index.Location.CurrentGenerationPath()!;
        File.Delete(Path.Combine(folder, IndexManifest.FileName));
        var segmentFile = Directory.GetFiles(folder).Where(f => f.EndsWith(".fdt", StringComparison.Ordinal) || f.EndsWith(".cfs", StringComparison.Ordinal)).First();
        var bytes = File.ReadAllBytes(segmentFile);
        File.WriteAllBytes(segmentFile, bytes[..(bytes.Length / 2)]);

        var report = new IndexVerifier().Verify(_index.Location, CancellationToken.None);

        Assert.False(report.IsHealthy);
        Assert.Contains(report.Problems, p => p.Contains(IndexManifest.FileName, StringComparison.Ordinal));
        Assert.True(report.Problems.Count >= 2, string.Join("; ", report.Problems));
    }

    [Fact]
    public void Verify_warns_when_the_index_was_analysed_with_another_glossary()
    {
        var other = Assistant.Knowledge.Analysis.Glossary.Parse(new StringReader("开除\t解除劳动合同\n解除劳动合同\n"));

        var same = new IndexVerifier().Verify(_index.Location, CancellationToken.None, _index.Analyzers.Glossary);
        var changed = new IndexVerifier().Verify(_index.Location, CancellationToken.None, other);

        Assert.Equal(_index.Analyzers.Glossary.Fingerprint, _index.Location.ReadManifest(_index.Location.ReadCurrentGeneration()!)!.GlossaryFingerprint);
        Assert.Empty(same.Warnings);
        Assert.True(changed.IsHealthy);
        Assert.Contains(changed.Warnings, w => w.Contains("another glossary", StringComparison.Ordinal) && w.Contains(other.Fingerprint, StringComparison.Ordinal));
    }

    [Fact]
    public void Verify_of_an_empty_folder_says_nothing_was_published()
    {
        using var empty = new TempFolder();

        var report = new IndexVerifier().Verify(new IndexLocation(empty.Path), CancellationToken.None);

        Assert.False(report.IsHealthy);
        Assert.Contains("no index was published", report.Problems.Single());
    }

    private static IEnumerable<LegalDocument> FailingAfterFirst()
    {
        yield return Laws.LaborLaw();
        throw new IOException("disk full");
    }

    public void Dispose() => _index.Dispose();
}
