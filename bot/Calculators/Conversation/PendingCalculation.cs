using Assistant.Bot.Calculators.Extraction;

namespace Assistant.Bot.Calculators.Conversation;

/// <summary>A calculation waiting for a figure: its kind, the figures given so far, and the one asked for.</summary>
/// <param name="Kind">The calculation.</param>
/// <param name="Inputs">The figures given so far.</param>
/// <param name="Asking">The figure asked for (an <see cref="ExtractedInputs"/> property name, or <c>OvertimeHours</c>).</param>
public sealed record PendingCalculation(CalculationKind Kind, ExtractedInputs Inputs, string Asking);
