namespace Assistant.Knowledge.Evaluation;

/// <summary>Averages over a set of questions.</summary>
/// <param name="Queries">How many questions were scored.</param>
/// <param name="RecallAt">Mean recall at each cut-off.</param>
/// <param name="Mrr10">Mean reciprocal rank within the first 10.</param>
public sealed record EvaluationScores(int Queries, IReadOnlyDictionary<int, double> RecallAt, double Mrr10);

/// <summary>The result of evaluating an index against a qrels file.</summary>
/// <param name="All">Scores over every question.</param>
/// <param name="Labor">Scores over the labor subset.</param>
/// <param name="Outcomes">Each question's outcome, in file order.</param>
public sealed record EvaluationReport(EvaluationScores All, EvaluationScores Labor, IReadOnlyList<QueryOutcome> Outcomes);
