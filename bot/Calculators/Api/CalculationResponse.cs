namespace Assistant.Bot.Calculators.Api;

/// <summary>What <c>POST /api/rights/calculations/{kind}</c> answers: the figures, and the same text the chat shows.</summary>
/// <param name="Kind">The calculation (<c>severance</c>, <c>annual-leave</c> …).</param>
/// <param name="Amount">Money owed, in yuan, when the calculation gives one.</param>
/// <param name="Days">Days (leave).</param>
/// <param name="Months">Months (compensation months, probation, medical period, double-wage months).</param>
/// <param name="From">First day of the period, when there is one.</param>
/// <param name="To">Last day of the period, or the last day to act.</param>
/// <param name="MissingFigures">Figures not given that would change the result (field names).</param>
/// <param name="UsesSampleFigures">A regional figure used is a bundled sample, not the union's own.</param>
/// <param name="Basis">The rules relied on.</param>
/// <param name="Text">The result as text in the language asked for.</param>
public sealed record CalculationResponse(
    string Kind,
    decimal? Amount,
    decimal? Days,
    decimal? Months,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<string> MissingFigures,
    bool UsesSampleFigures,
    IReadOnlyList<CalculationBasis> Basis,
    RenderedCalculation Text);

/// <summary>A rule a result relies on.</summary>
/// <param name="Key">Its article key (<c>劳动合同法#第四十七条</c>), for opening it.</param>
/// <param name="Name">As the law names itself, in the language asked for.</param>
/// <param name="Bundled">False when its text is not in the knowledge base.</param>
public sealed record CalculationBasis(string Key, string Name, bool Bundled);
