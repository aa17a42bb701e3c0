namespace Assistant.Bot.Calculators.Conversation;

/// <summary>A calculation as a case keeps it for the officers (in their language): what was worked out, from which
/// figures, in which steps, on which articles.</summary>
/// <param name="Title">The calculation's name (经济补偿（N）).</param>
/// <param name="Summary">The answer in one sentence.</param>
/// <param name="Inputs">The figures it was worked out from.</param>
/// <param name="Steps">The arithmetic.</param>
/// <param name="Basis">The articles, as the law names them.</param>
public sealed record CalculationNote(string Title, string Summary, IReadOnlyList<string> Inputs, IReadOnlyList<string> Steps, IReadOnlyList<string> Basis);
