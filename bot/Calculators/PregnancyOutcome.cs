namespace Assistant.Bot.Calculators;

/// <summary>How a pregnancy ended, for maternity leave.</summary>
public enum PregnancyOutcome
{
    Birth,
    Miscarriage,
}
