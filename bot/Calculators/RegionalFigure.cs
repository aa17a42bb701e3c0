namespace Assistant.Bot.Calculators;

/// <summary>A regional figure in use: its value, its year, where it comes from, and whether it is a bundled sample.</summary>
public sealed record RegionalFigure(decimal Value, int Year, string Source, bool IsSample);
