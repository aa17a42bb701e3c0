namespace Assistant.Bot.Calculators;

/// <summary>
/// 医疗期 for illness or non-work injury: 3 to 24 months from total and in-company years (企业职工患病或非因工负伤医疗期规定
/// 第三条), counted as sick days within a longer window (第四条). That regulation is not in the bundled laws; the
/// protection it gives is (劳动合同法第四十二条, 劳动法第二十九条).
/// </summary>
public sealed class MedicalPeriodCalculator
{
    public CalculationOutcome Calculate(MedicalPeriodInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var checks = new InputChecks();
        checks.Required(nameof(input.TotalWorkYears), input.TotalWorkYears is not null);
        checks.Required(nameof(input.CompanyYears), input.CompanyYears is not null);
        checks.InRange(nameof(input.TotalWorkYears), input.TotalWorkYears, 0m, 60m);
        checks.InRange(nameof(input.CompanyYears), input.CompanyYears, 0m, 60m);
        if (input.CompanyYears > input.TotalWorkYears)
            checks.Add(nameof(input.CompanyYears), "Error.CompanyYearsAboveTotal", input.TotalWorkYears!.Value);
        checks.Plausible(nameof(input.SickLeaveStart), input.SickLeaveStart);
        if (checks.Failed)
            return CalculationOutcome.Invalid(checks.Errors);

        var total = input.TotalWorkYears!.Value;
        var company = input.CompanyYears!.Value;
        var months = Months(total, company);
        var window = Window(months);
        var result = new ResultBuilder(CalculationKind.MedicalPeriod)
            .Cite(LegalBasis.MedicalPeriod3, LegalBasis.MedicalPeriod4, LegalBasis.ContractLaw42, LegalBasis.LaborLaw29)
            .Step(total < 10m ? "Step.MedicalBandUnderTen" : "Step.MedicalBandTenOrMore", total, company, months)
            .Step("Step.MedicalWindow", months, window)
            .Assume("Assume.MedicalNotBundled")
            .Assume("Assume.MedicalBandEdges")
            .Step("Step.MedicalProtection");
        DateOnly? from = null, to = null;
        if (input.SickLeaveStart is { } start)
        {
            from = start;
            to = start.AddMonths(window).AddDays(-1);
            result.Step("Step.MedicalWindowDates", start, to.Value, window);
        }
        result.Assume("Assume.MedicalCumulative");
        return CalculationOutcome.Success(result.Build(Note.Of("Summary.MedicalPeriod", months, window), months: months, from: from, to: to));
    }

    /// <summary>
    /// 第三条. Its bands meet at their ends (十年以下 / 十年以上 both name 10); a boundary year is counted in the higher
    /// band, as the usual reading does, and the result says so.
    /// </summary>
    private static int Months(decimal total, decimal company)
    {
        if (total < 10m)
            return company < 5m ? 3 : 6;
        return company switch
        {
            < 5m => 6,
            < 10m => 9,
            < 15m => 12,
            < 20m => 18,
            _ => 24,
        };
    }

    /// <summary>第四条: the window the sick days are counted in.</summary>
    private static int Window(int months) => months switch
    {
        3 => 6,
        6 => 12,
        9 => 15,
        12 => 18,
        18 => 24,
        _ => 30,
    };
}
