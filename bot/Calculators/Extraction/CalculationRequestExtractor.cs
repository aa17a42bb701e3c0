using System.Text;

namespace Assistant.Bot.Calculators.Extraction;

/// <summary>
/// Recognises a calculation question in a worker's own words (Chinese or English) and reads the figures it gives:
/// lengths of work, wages, dates (relative ones against today, from <see cref="TimeProvider"/>), grades, hours, a
/// contract term, a birth's details. Says which figures the calculation still needs, so the conversation can ask.
/// </summary>
public sealed class CalculationRequestExtractor(TimeProvider time)
{
    public ExtractedCalculation Extract(string message) => Extract(message, null);

    /// <summary>Reads <paramref name="message"/> as a calculation of <paramref name="expected"/> when its words name no kind
    /// of their own: a worker's answer to a question the conversation asked (干了五年, 8000).</summary>
    public ExtractedCalculation Extract(string message, CalculationKind? expected)
    {
        ArgumentNullException.ThrowIfNull(message);
        // NFKC turns full-width digits, letters and punctuation (８０００，２０１９) into their plain forms.
        var text = message.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var kind = KindRecognizer.Recognize(text) ?? expected;
        var spans = new TextSpans(text);

        ExtractedDate? start = null, end = null, unplaced = null;
        foreach (var date in DateReader.Read(text, today))
        {
            spans.Take(date.Start, date.Length);
            if (date.Role == DateRole.Start)
                start ??= date.Date;
            else if (date.Role == DateRole.End)
                end ??= date.Date;
            else
                unplaced ??= date.Date;
        }
        // A question about the time limit turns on some date: with no verb beside it, the one said stands for it.
        if (kind == CalculationKind.ArbitrationDeadline)
            end ??= unplaced;

        // Without a written contract there is no term to read: "no contract for 10 months" is the length of work.
        var (contractMonths, contract) = kind == CalculationKind.DoubleWage ? (null, null) : DetailReader.ReadContract(spans);
        var grade = kind == CalculationKind.InjuryGrant ? DetailReader.ReadGrade(spans) : null;
        var (weekday, restDay, holiday) = DetailReader.ReadHours(spans);
        var (babies, difficult, miscarriage, pregnancyMonths) = DetailReader.ReadBirth(spans);
        var durations = DurationReader.Read(spans);
        var wage = MoneyReader.Read(spans);
        var (years, totalYears) = Lengths(durations);
        // 医疗期 turns on total years first: a single length not said of this company is the total (我工作20年了).
        if (kind == CalculationKind.MedicalPeriod && durations is [{ Company: false } single])
            (years, totalYears) = (null, single.Years);

        var inputs = new ExtractedInputs
        {
            Years = years,
            TotalYears = totalYears,
            StartDate = start,
            EndDate = end,
            MonthlyWage = wage,
            Ending = kind is CalculationKind.Severance or CalculationKind.SeverancePlusNotice or CalculationKind.UnlawfulTermination
                ? KindRecognizer.Ending(text)
                : null,
            Grade = grade,
            WeekdayOvertimeHours = weekday,
            RestDayHours = restDay,
            HolidayHours = holiday,
            System = DetailReader.ReadSystem(text),
            ContractMonths = contractMonths,
            Contract = contract,
            Babies = babies,
            DifficultBirth = difficult,
            Miscarriage = miscarriage,
            PregnancyMonths = pregnancyMonths,
            Dispute = DetailReader.ReadDispute(text),
        };
        return new ExtractedCalculation(kind, inputs, kind is { } k ? Missing(k, inputs) : []);
    }

    /// <summary>
    /// The figure a worker gave in answer to the question for <paramref name="field"/> (an <see cref="ExtractedInputs"/>
    /// property name, or <c>OvertimeHours</c>), merged into <paramref name="known"/>; null when the answer holds no such
    /// figure. A bare number answers the question asked (8000 for the wage, 5 for the years, 9 for the grade).
    /// </summary>
    public ExtractedInputs? ReadAnswer(CalculationKind kind, string field, string answer, ExtractedInputs known)
    {
        ArgumentNullException.ThrowIfNull(known);
        var read = Extract(answer, kind).Inputs;
        var merged = Merge(known, read);
        if (Answers(field, merged))
            return merged;
        if (SpokenNumbers.Scan(answer.Normalize(NormalizationForm.FormKC).ToLowerInvariant()) is not [var only])
            return null;
        var bare = field switch
        {
            nameof(ExtractedInputs.Years) => merged with { Years = only.Value },
            nameof(ExtractedInputs.TotalYears) => merged with { TotalYears = only.Value },
            nameof(ExtractedInputs.MonthlyWage) => merged with { MonthlyWage = only.Value },
            nameof(ExtractedInputs.Grade) => merged with { Grade = (int)only.Value },
            nameof(ExtractedInputs.ContractMonths) => merged with { ContractMonths = (int)only.Value },
            "OvertimeHours" => merged with { WeekdayOvertimeHours = only.Value },
            _ => null,
        };
        return bare is not null && Answers(field, bare) ? bare : null;
    }

    /// <summary>What <paramref name="later"/> says wins over what <paramref name="known"/> said.</summary>
    public static ExtractedInputs Merge(ExtractedInputs known, ExtractedInputs later) => new()
    {
        Years = later.Years ?? known.Years,
        TotalYears = later.TotalYears ?? known.TotalYears,
        StartDate = later.StartDate ?? known.StartDate,
        EndDate = later.EndDate ?? known.EndDate,
        MonthlyWage = later.MonthlyWage ?? known.MonthlyWage,
        Ending = later.Ending ?? known.Ending,
        Grade = later.Grade ?? known.Grade,
        WeekdayOvertimeHours = later.WeekdayOvertimeHours ?? known.WeekdayOvertimeHours,
        RestDayHours = later.RestDayHours ?? known.RestDayHours,
        HolidayHours = later.HolidayHours ?? known.HolidayHours,
        System = later.System ?? known.System,
        ContractMonths = later.ContractMonths ?? known.ContractMonths,
        Contract = later.Contract ?? known.Contract,
        Babies = later.Babies ?? known.Babies,
        DifficultBirth = later.DifficultBirth ?? known.DifficultBirth,
        Miscarriage = later.Miscarriage ?? known.Miscarriage,
        PregnancyMonths = later.PregnancyMonths ?? known.PregnancyMonths,
        Dispute = later.Dispute ?? known.Dispute,
    };

    /// <summary>The figures <paramref name="kind"/> still needs, asked one at a time in this order.</summary>
    public static IReadOnlyList<string> StillMissing(CalculationKind kind, ExtractedInputs inputs) => Missing(kind, inputs);

    private static bool Answers(string field, ExtractedInputs inputs) => field switch
    {
        nameof(ExtractedInputs.Years) => inputs.Years is not null || inputs.StartDate is not null,
        nameof(ExtractedInputs.StartDate) => inputs.StartDate is not null || inputs.Years is not null,
        nameof(ExtractedInputs.TotalYears) => inputs.TotalYears is not null,
        nameof(ExtractedInputs.MonthlyWage) => inputs.MonthlyWage is not null,
        nameof(ExtractedInputs.Grade) => inputs.Grade is not null,
        nameof(ExtractedInputs.ContractMonths) => inputs.ContractMonths is not null || inputs.Contract is not null,
        nameof(ExtractedInputs.EndDate) => inputs.EndDate is not null,
        "OvertimeHours" => inputs.WeekdayOvertimeHours is not null || inputs.RestDayHours is not null || inputs.HolidayHours is not null,
        _ => false,
    };

    /// <summary>One length is the service; of two, the one said of this company (or the shorter) is the service and the other the total.</summary>
    private static (decimal? Years, decimal? Total) Lengths(IReadOnlyList<DurationReader.Found> durations)
    {
        switch (durations.Count)
        {
            case 0:
                return (null, null);
            case 1:
                var only = durations[0];
                return (only.Years, only.Total ? only.Years : null);
        }
        var company = durations.FirstOrDefault(d => d.Company && !d.Total);
        var total = durations.FirstOrDefault(d => d.Total);
        if (company != default && total != default && company != total)
            return (company.Years, total.Years);
        var ordered = durations.OrderBy(d => d.Years).ToList();
        return (ordered[0].Years, ordered[^1].Years);
    }

    /// <summary>The figures <paramref name="kind"/> needs that the message did not give, by <see cref="ExtractedInputs"/> property name.</summary>
    private static List<string> Missing(CalculationKind kind, ExtractedInputs inputs)
    {
        var missing = new List<string>();
        void Need(bool present, string name)
        {
            if (!present)
                missing.Add(name);
        }
        var hasService = inputs.Years is not null || inputs.StartDate is not null;
        switch (kind)
        {
            case CalculationKind.Severance or CalculationKind.SeverancePlusNotice or CalculationKind.UnlawfulTermination:
                Need(hasService, nameof(ExtractedInputs.Years));
                Need(inputs.MonthlyWage is not null, nameof(ExtractedInputs.MonthlyWage));
                break;
            case CalculationKind.DoubleWage:
                Need(hasService, nameof(ExtractedInputs.StartDate));
                Need(inputs.MonthlyWage is not null, nameof(ExtractedInputs.MonthlyWage));
                break;
            case CalculationKind.Overtime:
                Need(inputs.MonthlyWage is not null, nameof(ExtractedInputs.MonthlyWage));
                Need(inputs.WeekdayOvertimeHours is not null || inputs.RestDayHours is not null || inputs.HolidayHours is not null, "OvertimeHours");
                break;
            case CalculationKind.AnnualLeave:
                Need(inputs.Years is not null || inputs.TotalYears is not null, nameof(ExtractedInputs.Years));
                break;
            case CalculationKind.MedicalPeriod:
                Need(inputs.TotalYears is not null, nameof(ExtractedInputs.TotalYears));
                Need(inputs.Years is not null, nameof(ExtractedInputs.Years));
                break;
            case CalculationKind.Probation:
                Need(inputs.ContractMonths is not null || inputs.Contract is not null, nameof(ExtractedInputs.ContractMonths));
                break;
            case CalculationKind.InjuryGrant:
                Need(inputs.Grade is not null, nameof(ExtractedInputs.Grade));
                Need(inputs.MonthlyWage is not null, nameof(ExtractedInputs.MonthlyWage));
                break;
            case CalculationKind.ArbitrationDeadline:
                Need(inputs.EndDate is not null, nameof(ExtractedInputs.EndDate));
                break;
        }
        return missing;
    }
}
