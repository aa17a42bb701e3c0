using System.Text.Json.Serialization;

namespace Assistant.Bench.Answers;

/// <summary>One answer: what it showed as law and how that scores.</summary>
/// <param name="Id">The question's id.</param>
/// <param name="Question">The question.</param>
/// <param name="Support">The support verdict.</param>
/// <param name="Mode">How the answer was written (guide, extractive, reference, unsupported).</param>
/// <param name="Explanation">The guide section it explained from, if any.</param>
/// <param name="Law">The articles it shows as law, in order: quoted, then named.</param>
/// <param name="RecallAt3">Share of the relevant articles among the first three it shows as law.</param>
/// <param name="QuotesStatute">It shows at least one article of a statute (law, regulation, interpretation, rule).</param>
/// <param name="WrongOnly">It shows statute articles, and none of them is one that decides the question.</param>
internal sealed record AnswerScore(
    string Id, string Question, string Support, string Mode, string? Explanation, IReadOnlyList<string> Law, double RecallAt3,
    bool QuotesStatute, bool WrongOnly)
{
    /// <summary>What the turn would do with the calculators: started, asks-figure, offered, or null.</summary>
    public string? Calculation { get; init; }
}

/// <summary>The battery's figures.</summary>
internal sealed record BatteryReport(
    int Questions, double RecallAt3, double QuotingStatute, double WrongOnly, double Unsupported, double FromGuide,
    double CalculationStarted, double FigureAsked, double CalculationOffered)
{
    public static BatteryReport Of(IReadOnlyList<AnswerScore> scores) => new(
        scores.Count,
        Math.Round(scores.Average(s => s.RecallAt3), 4),
        Math.Round(scores.Average(s => s.QuotesStatute ? 1.0 : 0), 4),
        Math.Round(scores.Average(s => s.WrongOnly ? 1.0 : 0), 4),
        Math.Round(scores.Average(s => s.Support == "None" ? 1.0 : 0), 4),
        Math.Round(scores.Average(s => s.Explanation is null ? 0 : 1.0), 4),
        Math.Round(scores.Average(s => s.Calculation == "started" ? 1.0 : 0), 4),
        Math.Round(scores.Average(s => s.Calculation == "asks-figure" ? 1.0 : 0), 4),
        Math.Round(scores.Average(s => s.Calculation == "offered" ? 1.0 : 0), 4));
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(BatteryReport))]
[JsonSerializable(typeof(AnswerScore))]
internal sealed partial class AnswersJson : JsonSerializerContext;
