namespace Assistant.Bot.Calculators;

/// <summary>
/// The result under another reading, shown beside the main one: without the wage cap, with the years before 2008
/// when the old rules' position is uncertain. <paramref name="Amount"/> is null when the variant can only be stated as
/// a rule (a figure it needs is missing).
/// </summary>
public sealed record ResultVariant(Note Label, decimal? Amount);
