using Assistant.Bot.Calculators.Extraction;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace Assistant.Bot.Tests.Calculators;

/// <summary>
/// The extractor against <c>extraction-phrasings.tsv</c>: each phrasing yields its inputs (or, marked known-miss, still
/// does not, so a fix shows up), and the share it gets right is measured and written out with the failures.
/// </summary>
public sealed class ExtractionPhrasingsTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.90;
    private static readonly IReadOnlyList<Phrasing> Rows = Phrasing.Load();

    private static CalculationRequestExtractor Extractor() =>
        new(new FakeTimeProvider(new DateTimeOffset(2025, 6, 18, 4, 0, 0, TimeSpan.Zero)));

    public static TheoryData<int, string> Lines()
    {
        var data = new TheoryData<int, string>();
        foreach (var row in Rows)
            data.Add(row.Line, row.Text);
        return data;
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Each_phrasing_yields_its_inputs(int line, string text)
    {
        var row = Rows.Single(r => r.Line == line);
        var differences = row.Differences(Extractor().Extract(text));

        if (row.KnownMiss)
            Assert.True(differences.Count > 0, $"line {line} is marked known-miss but is now read right: remove the marker");
        else
            Assert.True(differences.Count == 0, $"line {line} «{text}»: {string.Join("; ", differences)}");
    }

    [Fact]
    public void The_data_file_has_at_least_100_phrasings_in_both_languages()
    {
        Assert.True(Rows.Count >= 100, $"{Rows.Count} phrasings");
        Assert.True(Rows.Count(r => r.Text.Any(c => c >= '\u4e00' && c <= '\u9fff')) >= 40);
        Assert.True(Rows.Count(r => r.Text.All(c => c < '\u2e80')) >= 25);
    }

    [Fact]
    public void Accuracy_is_measured_and_at_least_90_percent()
    {
        var extractor = Extractor();
        var failures = Rows
            .Select(row => (row, differences: row.Differences(extractor.Extract(row.Text))))
            .Where(r => r.differences.Count > 0)
            .ToList();
        var right = Rows.Count - failures.Count;
        var accuracy = (double)right / Rows.Count;

        output.WriteLine($"extraction accuracy: {right} of {Rows.Count} ({accuracy:P1})");
        foreach (var (row, differences) in failures)
            output.WriteLine($"  line {row.Line}: «{row.Text}» — {string.Join("; ", differences)}");
        Assert.True(accuracy >= RequiredAccuracy, $"accuracy {right}/{Rows.Count} is below {RequiredAccuracy:P0}");
    }
}
