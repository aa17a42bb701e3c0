using Assistant.Knowledge.Evaluation;

namespace Assistant.Indexer.Commands;

/// <summary>Draws recall@k for all questions and the labor subset as a PNG.</summary>
internal sealed class RecallPlot
{
    public void Save(string path, string title, EvaluationReport report, IReadOnlyList<int> cutoffs)
    {
        var plot = new ScottPlot.Plot();
        var xs = cutoffs.Select(c => (double)c).ToArray();
        var all = plot.Add.Scatter(xs, cutoffs.Select(c => report.All.RecallAt[c]).ToArray());
        all.LegendText = $"all ({report.All.Queries})";
        if (report.Labor.Queries > 0)
        {
            var labor = plot.Add.Scatter(xs, cutoffs.Select(c => report.Labor.RecallAt[c]).ToArray());
            labor.LegendText = $"labor ({report.Labor.Queries})";
        }
        plot.Axes.Bottom.Label.Text = "k";
        plot.Axes.Left.Label.Text = "recall@k";
        plot.Axes.SetLimitsY(0, 1);
        plot.Title($"{title}: recall@k, MRR@10 {report.All.Mrr10:F3}");
        plot.ShowLegend();
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        plot.SavePng(path, 800, 500);
    }
}
