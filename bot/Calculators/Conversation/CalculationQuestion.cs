using Assistant.Bot.Calculators.Extraction;

namespace Assistant.Bot.Calculators.Conversation;

/// <summary>A message as the calculators read it, once per turn: its text, the calculation it asks about and the
/// figures it gives.</summary>
public sealed record CalculationQuestion(string Text, ExtractedCalculation Extracted);
