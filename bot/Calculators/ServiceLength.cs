namespace Assistant.Bot.Calculators;

/// <summary>A length of service in whole years, months and days (5 年 3 个月 10 天).</summary>
public sealed record ServiceLength(int Years, int Months = 0, int Days = 0)
{
    /// <summary>
    /// The service from <paramref name="first"/> to <paramref name="last"/>, both days worked: 2020-01-01 to
    /// 2020-06-30 is exactly six months. Months are calendar months from the first day (AddMonths keeps the day of the
    /// month, and the end of a shorter month stands for a missing day).
    /// </summary>
    public static ServiceLength Between(DateOnly first, DateOnly last)
    {
        var end = last.AddDays(1);
        var months = (end.Year - first.Year) * 12 + end.Month - first.Month;
        if (first.AddMonths(months) > end)
            months--;
        var days = end.DayNumber - first.AddMonths(months).DayNumber;
        return new ServiceLength(months / 12, months % 12, days);
    }

    /// <summary>True when no time at all is counted.</summary>
    public bool IsZero => Years == 0 && Months == 0 && Days == 0;

    /// <summary>True when there is time beyond the whole years.</summary>
    public bool HasRemainder => Months > 0 || Days > 0;

    /// <summary>
    /// 劳动合同法第四十七条: each full year counts one; a remainder of six months or more counts one (以上 includes the
    /// six), a shorter remainder counts one half.
    /// </summary>
    public decimal CompensationYears => Months >= 6 ? Years + 1 : HasRemainder ? Years + 0.5m : Years;

    /// <summary>True when this is at least <paramref name="other"/>.</summary>
    public bool IsAtLeast(ServiceLength other) =>
        (Years, Months, Days).CompareTo((other.Years, other.Months, other.Days)) >= 0;
}
