using Assistant.Bot.Calculators;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Tests.Calculators;

/// <summary>The regional figures bind from <c>Calculators:Region</c>, are checked at start, and the bundled ones are samples.</summary>
public sealed class RegionalFiguresOptionsTests
{
    [Fact]
    public void The_bundled_settings_carry_sample_figures_flagged_as_samples()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();
        using var provider = Services(configuration);

        var figures = provider.GetRequiredService<RegionalFigures>();

        Assert.All(new[] { figures.CityAverageMonthlyWage, figures.MinimumMonthlyWage, figures.ExtraMaternityDays, figures.PoolingAverageMonthlyWage },
            figure => Assert.True(figure is { IsSample: true, Source.Length: > 0 }));
        var severance = provider.GetRequiredService<SeveranceCalculator>().Calculate(new SeveranceInput { Service = new ServiceLength(3), AverageMonthlyWage = 8_000m });
        Assert.True(severance.Result!.UsesSampleFigures);
    }

    [Fact]
    public void Empty_figures_are_allowed_and_reported_missing()
    {
        using var provider = Services(new ConfigurationBuilder().Build());

        Validate(provider);
        Assert.Equal(RegionalFigures.None with { RegionName = "" }, provider.GetRequiredService<RegionalFigures>());
    }

    [Theory]
    [InlineData("CityAverageMonthlyWage:Value", "0", "CityAverageMonthlyWage:Value must be between")]
    [InlineData("MinimumMonthlyWage:Year", "", "MinimumMonthlyWage:Year is required")]
    [InlineData("PoolingAverageMonthlyWage:Source", "", "PoolingAverageMonthlyWage:Source is required")]
    [InlineData("ExtraMaternityDays:Value", "10.5", "whole number of days")]
    [InlineData("ExtraMaternityDays:Year", "1900", "ExtraMaternityDays:Year must be between")]
    public void A_bad_figure_stops_the_start_naming_the_setting(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Calculators:Region:CityAverageMonthlyWage:Value"] = "10000",
            ["Calculators:Region:CityAverageMonthlyWage:Year"] = "2024",
            ["Calculators:Region:CityAverageMonthlyWage:Source"] = "某市人社局公告",
            ["Calculators:Region:MinimumMonthlyWage:Value"] = "2500",
            ["Calculators:Region:MinimumMonthlyWage:Year"] = "2024",
            ["Calculators:Region:MinimumMonthlyWage:Source"] = "某省人民政府通知",
            ["Calculators:Region:ExtraMaternityDays:Value"] = "60",
            ["Calculators:Region:ExtraMaternityDays:Year"] = "2021",
            ["Calculators:Region:ExtraMaternityDays:Source"] = "某省人口与计划生育条例",
            ["Calculators:Region:PoolingAverageMonthlyWage:Value"] = "9000",
            ["Calculators:Region:PoolingAverageMonthlyWage:Year"] = "2024",
            ["Calculators:Region:PoolingAverageMonthlyWage:Source"] = "某市社保局",
        };
        settings["Calculators:Region:" + key] = value;
        using var provider = Services(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

        var failure = Assert.Throws<OptionsValidationException>(() => Validate(provider));

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddCalculators();
        return services.BuildServiceProvider();
    }

    /// <summary>What ValidateOnStart runs when the host starts.</summary>
    private static void Validate(IServiceProvider provider) => provider.GetRequiredService<IStartupValidator>().Validate();
}
