using Assistant.Knowledge.Evaluation;
using Assistant.Knowledge.Search;

namespace Assistant.Knowledge.Tests.Evaluation;

public sealed class RetrievalMetricsTests
{
    private static readonly string[] Ranked = ["a", "b", "c", "d", "e"];

    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(2, 0.5)]
    [InlineData(4, 1.0)]
    public void Recall_is_the_share_of_relevant_keys_in_the_top_k(int k, double expected)
    {
        Assert.Equal(expected, RetrievalMetrics.RecallAt(Ranked, ["b", "d"], k), 6);
    }

    [Fact]
    public void Recall_without_relevant_keys_is_zero_and_duplicates_in_the_ranking_do_not_count_twice()
    {
        Assert.Equal(0, RetrievalMetrics.RecallAt(Ranked, [], 5));
        Assert.Equal(0.5, RetrievalMetrics.RecallAt(["x", "x", "y"], ["x", "z"], 3), 6);
    }

    [Fact]
    public void Reciprocal_rank_is_one_over_the_rank_of_the_first_relevant_key_within_k()
    {
        Assert.Equal(1.0 / 3, RetrievalMetrics.ReciprocalRankAt(Ranked, ["c", "e"], 10), 6);
        Assert.Equal(0, RetrievalMetrics.ReciprocalRankAt(Ranked, ["e"], 4));
        Assert.Equal(0, RetrievalMetrics.ReciprocalRankAt(Ranked, ["z"], 10));
    }

    [Fact]
    public void Percentiles_use_the_nearest_rank()
    {
        var sorted = Enumerable.Range(1, 100).Select(i => (double)i).ToList();
        Assert.Equal(50, RetrievalMetrics.Percentile(sorted, 0.50));
        Assert.Equal(99, RetrievalMetrics.Percentile(sorted, 0.99));
        Assert.Equal(100, RetrievalMetrics.Percentile(sorted, 1.0));
        Assert.Equal(0, RetrievalMetrics.Percentile([], 0.5));
    }

    [Fact]
    public void Scores_average_over_queries_and_mrr_ignores_ranks_beyond_ten()
    {
        var cutoffs = new[] { 1, 10 };
        var outcomes = new[]
        {
            Outcome(rank: 1, recall1: 1, recall10: 1),
            Outcome(rank: 4, recall1: 0, recall10: 0.5),
            Outcome(rank: 12, recall1: 0, recall10: 0),
            Outcome(rank: null, recall1: 0, recall10: 0),
        };

        var scores = Evaluator.Score(outcomes, cutoffs);

        Assert.Equal(4, scores.Queries);
        Assert.Equal(0.25, scores.RecallAt[1], 6);
        Assert.Equal(0.375, scores.RecallAt[10], 6);
        Assert.Equal((1 + 0.25) / 4, scores.Mrr10, 6);
    }

    [Fact]
    public void Support_calibration_counts_each_verdict_and_how_often_it_came_with_a_relevant_article_in_the_top_five()
    {
        var outcomes = new[]
        {
            Outcome(rank: 1, recall1: 1, recall10: 1, SupportLevel.Strong),
            Outcome(rank: 7, recall1: 0, recall10: 1, SupportLevel.Strong),
            Outcome(rank: 5, recall1: 0, recall10: 1, SupportLevel.Weak),
            Outcome(rank: null, recall1: 0, recall10: 0, SupportLevel.Weak),
            Outcome(rank: 2, recall1: 0, recall10: 1, SupportLevel.Weak),
        };

        var report = new EvaluationReport(Evaluator.Score(outcomes, [1, 10]), Evaluator.Score([], [1, 10]), outcomes);

        Assert.Equal(
            [new SupportCalibration(SupportLevel.Strong, 2, 1), new SupportCalibration(SupportLevel.Weak, 3, 2), new SupportCalibration(SupportLevel.None, 0, 0)],
            report.Support);
        Assert.Equal(0.5, report.Support[0].Precision, 6);
        Assert.Equal(0, report.Support[2].Precision);
    }

    private static QueryOutcome Outcome(int? rank, double recall1, double recall10, SupportLevel support = SupportLevel.None) =>
        new(new QrelsQuery("q", "q", ["k"], false), [], rank, new Dictionary<int, double> { [1] = recall1, [10] = recall10 }, support);
}
