namespace Assistant.Bot.Calculators;

/// <summary>The regional figures the calculators use; a null figure is one the union has not set.</summary>
public sealed record RegionalFigures(
    string RegionName,
    RegionalFigure? CityAverageMonthlyWage,
    RegionalFigure? MinimumMonthlyWage,
    RegionalFigure? ExtraMaternityDays,
    RegionalFigure? PoolingAverageMonthlyWage)
{
    /// <summary>No figure set.</summary>
    public static RegionalFigures None { get; } = new(string.Empty, null, null, null, null);

    /// <summary>The figures of validated options.</summary>
    public static RegionalFigures From(RegionalFiguresOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new RegionalFigures(
            options.Name.Trim(),
            options.CityAverageMonthlyWage.ToFigure(),
            options.MinimumMonthlyWage.ToFigure(),
            options.ExtraMaternityDays.ToFigure(),
            options.PoolingAverageMonthlyWage.ToFigure());
    }
}
