namespace Assistant.Bot.Calculators;

/// <summary>
/// 仲裁时效 (劳动争议调解仲裁法第二十七条): one year from when the worker knew or should have known; for unpaid labour
/// remuneration not limited while employed, and one year from the end of employment once it ends. Calendar days: a
/// last day on a weekend is said, not moved.
/// </summary>
public sealed class ArbitrationDeadlineCalculator
{
    public CalculationOutcome Calculate(ArbitrationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var checks = new InputChecks();
        if (!Enum.IsDefined(input.Dispute))
            checks.Add(nameof(input.Dispute), "Error.Unknown");
        if (input.Dispute == DisputeKind.General)
            checks.Required(nameof(input.KnewOn), input.KnewOn is not null);
        checks.Plausible(nameof(input.KnewOn), input.KnewOn);
        checks.Plausible(nameof(input.EmploymentEndedOn), input.EmploymentEndedOn);
        checks.Plausible(nameof(input.InterruptedOn), input.InterruptedOn);
        checks.NotBefore(nameof(input.InterruptedOn), input.InterruptedOn, nameof(input.KnewOn), input.KnewOn);
        if (input.Dispute == DisputeKind.UnpaidRemuneration)
            checks.NotBefore(nameof(input.InterruptedOn), input.InterruptedOn, nameof(input.EmploymentEndedOn), input.EmploymentEndedOn);
        if (checks.Failed)
            return CalculationOutcome.Invalid(checks.Errors);

        var result = new ResultBuilder(CalculationKind.ArbitrationDeadline).Cite(LegalBasis.Arbitration27);
        DateOnly start;
        if (input.Dispute == DisputeKind.UnpaidRemuneration)
        {
            if (input.EmploymentEndedOn is not { } ended)
            {
                result.Step("Step.RemunerationNotLimited").Assume("Assume.RemunerationAfterEnd");
                return CalculationOutcome.Success(result.Build(Note.Of("Summary.ArbitrationNotLimited")));
            }
            start = ended;
            result.Step("Step.RemunerationFromEnd", ended);
        }
        else
        {
            start = input.KnewOn!.Value;
            result.Step("Step.LimitFromKnowing", start);
        }
        if (input.InterruptedOn is { } interrupted)
        {
            start = interrupted;
            result.Step("Step.LimitInterrupted", interrupted);
        }

        // One year counted from the day after the start (the start day is not counted) ends on the same date a year
        // later; a start on 29 February ends on 28 February, the month having no such day.
        var last = start.AddYears(1);
        result.Cite(LegalBasis.CivilCodePeriods).Step("Step.LimitLastDay", start, last);
        if (start.Month == 2 && start.Day == 29)
            result.Assume("Assume.NoCorrespondingDay", last);
        if (last.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            result.Step("Step.LastDayWeekend", last, Term.Of(last.DayOfWeek));
        result.Assume("Assume.LimitSuspension").Assume("Assume.FileEarly");
        return CalculationOutcome.Success(result.Build(Note.Of("Summary.ArbitrationDeadline", last), from: start, to: last));
    }
}
