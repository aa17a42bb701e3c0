namespace Assistant.Bot.Calculators;

/// <summary>A result, or the input errors that stopped the calculation (never an exception for bad input).</summary>
public sealed record CalculationOutcome(CalculationResult? Result, IReadOnlyList<InputError> Errors)
{
    /// <summary>True when there is a result.</summary>
    public bool Succeeded => Result is not null;

    /// <summary>A successful outcome.</summary>
    public static CalculationOutcome Success(CalculationResult result) => new(result, []);

    /// <summary>A refused input.</summary>
    public static CalculationOutcome Invalid(IReadOnlyList<InputError> errors) => new(null, errors);
}
