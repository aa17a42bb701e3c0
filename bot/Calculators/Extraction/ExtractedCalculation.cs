namespace Assistant.Bot.Calculators.Extraction;

/// <summary>
/// What a message asks to calculate (<see cref="Kind"/> null: not a calculation question), the figures it gave, and
/// the figures the calculation still needs (names of <see cref="ExtractedInputs"/> properties), to ask back for.
/// </summary>
public sealed record ExtractedCalculation(CalculationKind? Kind, ExtractedInputs Inputs, IReadOnlyList<string> Missing);
