namespace Assistant.Bot.Calculators;

/// <summary>What maternity leave (产假) needs.</summary>
public sealed record MaternityLeaveInput
{
    /// <summary>A birth or a miscarriage.</summary>
    public PregnancyOutcome Outcome { get; init; } = PregnancyOutcome.Birth;

    /// <summary>Babies born at once.</summary>
    public int Babies { get; init; } = 1;

    /// <summary>A difficult birth (难产, including a caesarean where local rules count it so).</summary>
    public bool DifficultBirth { get; init; }

    /// <summary>Miscarriage: full months of pregnancy.</summary>
    public int? PregnancyMonths { get; init; }

    /// <summary>The first day of leave, to date its end.</summary>
    public DateOnly? StartDate { get; init; }
}
