using Microsoft.Extensions.Options;

namespace Assistant.Bot.Calculators;

/// <summary>Checks each regional figure at start: a value needs its year and source, and must be a figure someone could publish.</summary>
internal sealed class RegionalFiguresOptionsValidator : IValidateOptions<RegionalFiguresOptions>
{
    private const int EarliestYear = 1994;
    private const int LatestYear = 2100;

    public ValidateOptionsResult Validate(string? name, RegionalFiguresOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(failures, nameof(options.CityAverageMonthlyWage), options.CityAverageMonthlyWage, minimum: 0.01m, maximum: 1_000_000m);
        Check(failures, nameof(options.MinimumMonthlyWage), options.MinimumMonthlyWage, minimum: 0.01m, maximum: 100_000m);
        // Provinces add from 0 (none) to about a year of days; 365 leaves room without letting a typo through.
        Check(failures, nameof(options.ExtraMaternityDays), options.ExtraMaternityDays, minimum: 0m, maximum: 365m);
        Check(failures, nameof(options.PoolingAverageMonthlyWage), options.PoolingAverageMonthlyWage, minimum: 0.01m, maximum: 1_000_000m);
        if (options.ExtraMaternityDays.Value is { } days && days != decimal.Truncate(days))
            failures.Add($"{RegionalFiguresOptions.SectionName}:ExtraMaternityDays:Value must be a whole number of days.");
        if (options.CityAverageMonthlyWage.Value is { } average && options.MinimumMonthlyWage.Value is { } minimum && minimum > average)
            failures.Add($"{RegionalFiguresOptions.SectionName}:MinimumMonthlyWage:Value ({minimum}) is above CityAverageMonthlyWage:Value ({average}).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string figure, RegionalFigureOptions? options, decimal minimum, decimal maximum)
    {
        var path = $"{RegionalFiguresOptions.SectionName}:{figure}";
        if (options is null)
        {
            failures.Add($"{path} is required (leave its Value empty when the union has no figure).");
            return;
        }
        if (options.Value is not { } value)
            return;
        if (value < minimum || value > maximum)
            failures.Add($"{path}:Value must be between {minimum} and {maximum} (was {value}).");
        if (options.Year is not { } year)
            failures.Add($"{path}:Year is required with a Value.");
        else if (year is < EarliestYear or > LatestYear)
            failures.Add($"{path}:Year must be between {EarliestYear} and {LatestYear} (was {year}).");
        if (string.IsNullOrWhiteSpace(options.Source))
            failures.Add($"{path}:Source is required with a Value (where the figure was published, or that it is a sample).");
    }
}
