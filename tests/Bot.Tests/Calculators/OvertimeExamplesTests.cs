using Assistant.Bot.Calculators;

namespace Assistant.Bot.Tests.Calculators;

/// <summary>
/// Worked examples of overtime pay (劳动法第四十四条; 工资支付暂行规定第十三条). Hourly wage = monthly ÷ (21.75 × 8 = 174):
/// 8,700 gives exactly 50.00; 8,000 gives 45.977 → 45.98. 综合计算工时 month standard: 20.83 × 8 = 166.64 hours.
/// </summary>
public sealed class OvertimeExamplesTests
{
    public static TheoryData<string, OvertimeInput, decimal> Examples => new()
    {
        { "10 weekday hours × 50 × 150% = 750",
            new OvertimeInput { MonthlyWage = 8_700m, WeekdayOvertimeHours = 10m }, 750m },
        { "16 rest-day hours × 50 × 200% = 1,600",
            new OvertimeInput { MonthlyWage = 8_700m, RestDayHours = 16m }, 1_600m },
        { "8 holiday hours × 50 × 300% = 1,200",
            new OvertimeInput { MonthlyWage = 8_700m, HolidayHours = 8m }, 1_200m },
        { "750 + 1,600 + 1,200 = 3,550",
            new OvertimeInput { MonthlyWage = 8_700m, WeekdayOvertimeHours = 10m, RestDayHours = 16m, HolidayHours = 8m }, 3_550m },
        { "8,000 ÷ 174 = 45.98; 10 × 45.98 × 150% = 689.70",
            new OvertimeInput { MonthlyWage = 8_000m, WeekdayOvertimeHours = 10m }, 689.70m },
        { "comprehensive month: 180 − 166.64 = 13.36 × 50 × 150% = 1,002 + 8 holiday hours × 50 × 300% = 1,200 → 2,202",
            new OvertimeInput { MonthlyWage = 8_700m, System = WorkingTimeSystem.Comprehensive, HoursWorked = 180m, HolidayHours = 8m }, 2_202m },
        { "comprehensive quarter with its own standard 496: 520 − 496 = 24 × 50 × 150% = 1,800",
            new OvertimeInput { MonthlyWage = 8_700m, System = WorkingTimeSystem.Comprehensive, Period = ComprehensivePeriod.Quarter, HoursWorked = 520m, StandardHours = 496m }, 1_800m },
        { "comprehensive year: 1,990 < 2,000 → 0",
            new OvertimeInput { MonthlyWage = 8_700m, System = WorkingTimeSystem.Comprehensive, Period = ComprehensivePeriod.Year, HoursWorked = 1_990m }, 0m },
        { "flexible hours: 第十三条 excludes them → 0",
            new OvertimeInput { MonthlyWage = 8_700m, System = WorkingTimeSystem.Flexible, WeekdayOvertimeHours = 20m, HolidayHours = 8m }, 0m },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Overtime_matches_the_hand_calculation(string hand, OvertimeInput input, decimal amount)
    {
        var result = new OvertimeCalculator().Calculate(input).Result;

        Assert.NotNull(result);
        Assert.True(amount == result.Amount, $"{hand}: got {result.Amount}");
        Assert.Contains("工资支付暂行规定#第十三条", result.BasisKeys);
        Assert.Contains("关于职工全年月平均工作时间和工资折算问题的通知", result.BasisKeys);
    }

    [Fact]
    public void Flexible_hours_say_there_is_no_150_or_200_percent()
    {
        var result = new OvertimeCalculator().Calculate(new OvertimeInput { MonthlyWage = 8_700m, System = WorkingTimeSystem.Flexible, HolidayHours = 8m }).Result!;

        Assert.Contains(result.Steps, s => s.Name == "Step.FlexibleNoOvertime");
        Assert.Contains(result.Assumptions, a => a.Name == "Assume.FlexibleHolidayLocal");
    }

    [Fact]
    public void The_notice_standard_hours_are_flagged_against_the_current_holiday_rules()
    {
        var result = new OvertimeCalculator().Calculate(new OvertimeInput { MonthlyWage = 8_700m, System = WorkingTimeSystem.Comprehensive, HoursWorked = 170m }).Result!;

        Assert.Contains("全国年节及纪念日放假办法#第二条", result.BasisKeys);
        Assert.Contains(result.Assumptions, a => a.Name == "Assume.StandardHoursFromNotice");
    }
}
